import type { CompanyBulkAction } from '../../shared/filters/bulk-action';
import type { MutationName } from '../../shared/mutations/registry';

/** The named mutation a bulk action runs on one company; every company is its own all-or-nothing step. */
export function bulkMutation(action: CompanyBulkAction, id: string): { name: MutationName; args: unknown } {
  switch (action.type) {
    case 'addTags':
      return { name: 'company.addToLists', args: { id, tagIds: action.tagIds } };
    case 'removeTags':
      return { name: 'company.removeFromLists', args: { id, tagIds: action.tagIds } };
    case 'addCategories':
      return { name: 'company.addToLists', args: { id, categoryIds: action.categoryIds } };
    case 'removeCategories':
      return { name: 'company.removeFromLists', args: { id, categoryIds: action.categoryIds } };
    case 'addOwners':
      return { name: 'company.addToLists', args: { id, ownerIds: action.ownerIds } };
    case 'removeOwners':
      return { name: 'company.removeFromLists', args: { id, ownerIds: action.ownerIds } };
    case 'setRelationshipType':
      return { name: 'company.update', args: { id, patch: { relationshipTypeId: action.relationshipTypeId } } };
    case 'setStatus':
      return { name: 'company.update', args: { id, patch: { statusTypeId: action.statusTypeId } } };
    case 'setIndustry':
      return { name: 'company.update', args: { id, patch: { industryId: action.industryId } } };
    case 'setDepartment':
      return { name: 'company.update', args: { id, patch: { departmentId: action.departmentId } } };
    case 'setCustomField':
      return { name: 'company.setCustomField', args: { id, key: action.key, value: action.value } };
  }
}
