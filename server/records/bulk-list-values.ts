import { and, eq, inArray } from 'drizzle-orm';
import type { ListKind } from '../../shared/entities/list-item';
import { categoryNotFor, notAListValue, notAMember } from '../../shared/mutations/company-rules';
import { errorText, type ErrorText } from '../../shared/mutations/error-text';
import type { BulkAction } from '../../shared/records/bulk-action';
import type { DbOrTx } from '../db/client';
import { listItems, users } from '../db/schema';
import { AppError } from '../http/app-error';

/** The values an action names: list values of a kind, or workspace members (owners). */
type Named = { field: string; kind: ListKind | 'member'; ids: string[]; adding: boolean; single: boolean };

function namedValues(action: BulkAction): Named | null {
  const many = (field: string, kind: Named['kind'], ids: string[], adding: boolean) => ({
    field,
    kind,
    ids,
    adding,
    single: false,
  });
  const one = (field: string, kind: ListKind, id: string | null) => ({
    field,
    kind,
    ids: id ? [id] : [],
    adding: true,
    single: true,
  });
  switch (action.type) {
    case 'addTags':
    case 'removeTags':
      return many('tagIds', 'tag', action.tagIds, action.type === 'addTags');
    case 'addCategories':
    case 'removeCategories':
      return many('categoryIds', 'category', action.categoryIds, action.type === 'addCategories');
    case 'addOwners':
    case 'removeOwners':
      return many('ownerIds', 'member', action.ownerIds, action.type === 'addOwners');
    case 'setRelationshipType':
      return one('relationshipTypeId', 'relationshipType', action.relationshipTypeId);
    case 'setStatus':
      return one('statusTypeId', 'statusType', action.statusTypeId);
    case 'setIndustry':
      return one('industryId', 'industry', action.industryId);
    case 'setDepartment':
      return one('departmentId', 'department', action.departmentId);
    case 'setCustomField':
    case 'delete':
      return null;
  }
}

/**
 * The values a bulk action names, checked once before any record is touched: a wrong value would
 * otherwise be rejected on every record of every chunk. Adding or setting needs a live value of
 * the right kind (a category that applies to the records); removing only one of this workspace,
 * so a value deleted from the settings can still be taken off. Throws a 400 naming the field.
 */
export async function checkBulkListValues(
  db: DbOrTx,
  workspaceId: string,
  action: BulkAction,
  target: 'company' | 'contact',
): Promise<void> {
  const named = namedValues(action);
  if (!named || named.ids.length === 0) return;
  const { field, kind, ids, single } = named;
  const problems =
    kind === 'member' ? await notMembers(db, workspaceId, ids) : await notListValues(db, workspaceId, named, target);
  const [i, problem] = ids.map((_, index) => [index, problems.get(ids[index]!)] as const).find(([, p]) => p) ?? [];
  if (problem === undefined || i === undefined) return;
  throw new AppError(
    400,
    'invalid',
    (i18n) => i18n.t('errors.input.invalid', { where: `action.${field}: `, problem: errorText(i18n.t, problem) }),
    [{ path: single ? ['action', field] : ['action', field, i], message: problem }],
  );
}

async function notListValues(db: DbOrTx, workspaceId: string, named: Named, target: 'company' | 'contact') {
  const found = await db
    .select()
    .from(listItems)
    .where(and(eq(listItems.workspaceId, workspaceId), inArray(listItems.id, named.ids)));
  const problems = new Map<string, ErrorText>();
  for (const id of named.ids) {
    const item = found.find((f) => f.id === id);
    if (!item || item.kind !== named.kind || (named.adding && item.deletedAt !== null))
      problems.set(id, notAListValue(id, named.kind as ListKind));
    else if (named.adding && named.kind === 'category' && item.appliesTo !== 'both' && item.appliesTo !== target)
      problems.set(id, categoryNotFor(item.name, target));
  }
  return problems;
}

async function notMembers(db: DbOrTx, workspaceId: string, ids: string[]) {
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids)));
  return new Map(ids.filter((id) => !found.some((f) => f.id === id)).map((id) => [id, notAMember(id)]));
}
