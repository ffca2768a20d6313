import type { ContactBulkAction } from '../../shared/filters/contact-bulk-action';
import type { MutationName } from '../../shared/mutations/registry';

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
