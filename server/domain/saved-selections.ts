import { and, asc, eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { SelectionBody, SelectionPatch } from '../../shared/api/saved-selections.api';
import { companyFilterFromQuery } from '../../shared/filters/company-filter';
import { contactFilterFromQuery } from '../../shared/filters/contact-filter';
import { newId } from '../../shared/ids';
import type { DbOrTx } from '../db/client';
import { savedSelections } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { invalidInput } from '../http/validate';

type NewSelection = z.output<typeof SelectionBody>;
type SelectionChange = z.output<typeof SelectionPatch>;
type Entity = NewSelection['entity'];

/** Named list filters: private to their owner or shared with the workspace. */
const visible = (auth: AuthContext) =>
  and(
    eq(savedSelections.workspaceId, auth.workspaceId),
    or(eq(savedSelections.ownerId, auth.userId), eq(savedSelections.shared, true)),
  );

export function listSelections(db: DbOrTx, auth: AuthContext, entity?: Entity) {
  return db
    .select()
    .from(savedSelections)
    .where(and(visible(auth), entity ? eq(savedSelections.entity, entity) : undefined))
    .orderBy(asc(savedSelections.entity), asc(savedSelections.name));
}

export async function createSelection(deps: Deps, auth: AuthContext, selection: NewSelection) {
  checkQuery(selection.entity, selection.query);
  const now = Date.now();
  const id = newId();
  await deps.writeLock.run(() =>
    deps.db
      .insert(savedSelections)
      .values({ id, workspaceId: auth.workspaceId, ownerId: auth.userId, ...selection, createdAt: now, updatedAt: now }),
  );
  return visibleSelection(deps.db, auth, id);
}

/** Only its owner changes a selection, shared or not. */
export async function updateSelection(deps: Deps, auth: AuthContext, id: string, change: SelectionChange) {
  const row = await ownedSelection(deps.db, auth, id, false);
  if (change.query !== undefined) checkQuery(row.entity, change.query);
  await deps.writeLock.run(() =>
    deps.db
      .update(savedSelections)
      .set({ ...change, updatedAt: Date.now() })
      .where(eq(savedSelections.id, row.id)),
  );
  return visibleSelection(deps.db, auth, row.id);
}

/** Its owner deletes a selection; an admin may also clear away a shared one. */
export async function deleteSelection(deps: Deps, auth: AuthContext, id: string) {
  const row = await ownedSelection(deps.db, auth, id, true);
  await deps.writeLock.run(() => deps.db.delete(savedSelections).where(eq(savedSelections.id, row.id)));
}

/** Someone else's private selection is not found, so a 403 only ever names one the caller can see. */
async function visibleSelection(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await db
    .select()
    .from(savedSelections)
    .where(and(eq(savedSelections.id, id), visible(auth)));
  if (!row) throw new AppError(404, 'notFound', { key: 'errors.notFound.savedSelection' });
  return row;
}

async function ownedSelection(db: DbOrTx, auth: AuthContext, id: string, adminMay: boolean) {
  const row = await visibleSelection(db, auth, id);
  if (row.ownerId !== auth.userId && !(adminMay && auth.role === 'admin')) {
    throw new AppError(403, 'forbidden', { key: 'errors.savedSelection.notOwner' });
  }
  return row;
}

/** A saved query must be one the list understands, so reopening it never fails. */
function checkQuery(entity: Entity, query: string) {
  const params = Object.fromEntries(new URLSearchParams(query));
  const parsed = entity === 'company' ? companyFilterFromQuery(params) : contactFilterFromQuery(params);
  if (!parsed.success) throw invalidInput(parsed.error, params, ['query']);
}
