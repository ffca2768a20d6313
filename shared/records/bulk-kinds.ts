import type { ListKind } from '../entities/list-item';
import type { BulkAction } from './bulk-action';

export type BulkKind = BulkAction['type'];

/** What each bulk action picks from: a settings list, the members, or a custom field key and value. */
export type BulkKindOption = { type: BulkKind; label: string; verb: string; pick: ListKind | 'member' | 'customField' };

/** Every bulk action a record type may allow (its `bulkActions` says which), as the bulk bar offers it. */
export const BULK_KINDS: readonly BulkKindOption[] = [
  { type: 'addTags', label: 'Add tag', verb: 'Tagging', pick: 'tag' },
  { type: 'removeTags', label: 'Remove tag', verb: 'Untagging', pick: 'tag' },
  { type: 'addCategories', label: 'Add category', verb: 'Adding category to', pick: 'category' },
  { type: 'removeCategories', label: 'Remove category', verb: 'Removing category from', pick: 'category' },
  { type: 'setRelationshipType', label: 'Set relationship', verb: 'Updating', pick: 'relationshipType' },
  { type: 'setStatus', label: 'Set status', verb: 'Updating', pick: 'statusType' },
  { type: 'setIndustry', label: 'Set industry', verb: 'Updating', pick: 'industry' },
  { type: 'setDepartment', label: 'Set department', verb: 'Updating', pick: 'department' },
  { type: 'addOwners', label: 'Add owner', verb: 'Adding owner to', pick: 'member' },
  { type: 'removeOwners', label: 'Remove owner', verb: 'Removing owner from', pick: 'member' },
  { type: 'setCustomField', label: 'Set custom field', verb: 'Updating', pick: 'customField' },
];

/** The request body for a kind and what was picked; `value` '' on a set-action clears it. */
export function bulkAction(type: BulkKind, value: string, fieldKey: string): BulkAction {
  switch (type) {
    case 'addTags':
    case 'removeTags':
      return { type, tagIds: [value] };
    case 'addCategories':
    case 'removeCategories':
      return { type, categoryIds: [value] };
    case 'addOwners':
    case 'removeOwners':
      return { type, ownerIds: [value] };
    case 'setRelationshipType':
      return { type, relationshipTypeId: value || null };
    case 'setStatus':
      return { type, statusTypeId: value || null };
    case 'setIndustry':
      return { type, industryId: value || null };
    case 'setDepartment':
      return { type, departmentId: value || null };
    case 'setCustomField':
      return { type, key: fieldKey.trim(), value: value.trim() || null };
  }
}
