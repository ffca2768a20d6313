import type { BulkAction } from '../../shared/records/bulk-action';
import type { MutationName } from '../../shared/mutations/registry';
import type { RecordTypeName } from '../../shared/records/record-types';

/**
 * The named mutation a bulk action runs on one record of a type: every record type's mutations
 * follow the same names (`<entity>.addToLists`, …), and its declaration's `bulkActions` says which
 * actions reach here. Every record is its own all-or-nothing step.
 */
export function bulkMutation(entity: RecordTypeName, action: BulkAction, id: string): { name: MutationName; args: unknown } {
  const lists = (adding: boolean, field: 'tagIds' | 'categoryIds' | 'ownerIds', ids: string[]) => ({
    name: `${entity}.${adding ? 'addToLists' : 'removeFromLists'}` as const,
    args: { id, [field]: ids },
  });
  const update = (patch: Record<string, string | null>) => ({ name: `${entity}.update` as const, args: { id, patch } });
  switch (action.type) {
    case 'addTags':
    case 'removeTags':
      return lists(action.type === 'addTags', 'tagIds', action.tagIds);
    case 'addCategories':
    case 'removeCategories':
      return lists(action.type === 'addCategories', 'categoryIds', action.categoryIds);
    case 'addOwners':
    case 'removeOwners':
      return lists(action.type === 'addOwners', 'ownerIds', action.ownerIds);
    case 'setRelationshipType':
      return update({ relationshipTypeId: action.relationshipTypeId });
    case 'setStatus':
      return update({ statusTypeId: action.statusTypeId });
    case 'setIndustry':
      return update({ industryId: action.industryId });
    case 'setDepartment':
      return update({ departmentId: action.departmentId });
    case 'setCustomField':
      return { name: `${entity}.setCustomField`, args: { id, key: action.key, value: action.value } };
    case 'delete':
      return { name: `${entity}.delete`, args: { id } };
  }
}
