import { and, eq, inArray } from 'drizzle-orm';
import type { ContactBulkAction } from '../../shared/filters/contact-bulk-action';
import type { MutationName } from '../../shared/mutations/registry';
import type { DbOrTx } from '../db/client';
import { listItems } from '../db/schema';
import { AppError } from '../http/app-error';

/** The named mutation a bulk action runs on one contact; every contact is its own all-or-nothing step. */
export function contactBulkMutation(action: ContactBulkAction, id: string): { name: MutationName; args: unknown } {
  switch (action.type) {
    case 'addTags':
      return { name: 'contact.addToLists', args: { id, tagIds: action.tagIds } };
    case 'removeTags':
      return { name: 'contact.removeFromLists', args: { id, tagIds: action.tagIds } };
    case 'addCategories':
      return { name: 'contact.addToLists', args: { id, categoryIds: action.categoryIds } };
    case 'removeCategories':
      return { name: 'contact.removeFromLists', args: { id, categoryIds: action.categoryIds } };
    case 'setCustomField':
      return { name: 'contact.setCustomField', args: { id, key: action.key, value: action.value } };
  }
}

/** The list field an action names, with the kind its values must be. */
function listField(action: ContactBulkAction) {
  if ('tagIds' in action) return { field: 'tagIds', kind: 'tag', ids: action.tagIds } as const;
  if ('categoryIds' in action) return { field: 'categoryIds', kind: 'category', ids: action.categoryIds } as const;
  return null;
}

/**
 * The list values an action names, checked once before any contact is touched: a wrong tag
 * would otherwise be rejected on every contact of every chunk. Adding needs a live value of the
 * right kind (a category that applies to contacts); removing only one of this workspace, so a
 * value deleted from the settings can still be taken off. Throws a 400 naming the field.
 */
export async function checkBulkListValues(db: DbOrTx, workspaceId: string, action: ContactBulkAction): Promise<void> {
  const named = listField(action);
  if (!named) return;
  const { field, kind, ids } = named;
  const adding = action.type.startsWith('add');
  const found = await db
    .select()
    .from(listItems)
    .where(and(eq(listItems.workspaceId, workspaceId), inArray(listItems.id, ids)));
  for (const [i, id] of ids.entries()) {
    const item = found.find((f) => f.id === id);
    let problem: string | null = null;
    if (!item || item.kind !== kind || (adding && item.deletedAt !== null)) problem = `${id} is not a ${kind} of this workspace`;
    else if (adding && kind === 'category' && item.appliesTo === 'company')
      problem = `category "${item.name}" does not apply to contacts`;
    if (problem) {
      throw new AppError(400, 'invalid', `Invalid input: action.${field}: ${problem}`, [
        { path: ['action', field, i], message: problem },
      ]);
    }
  }
}
