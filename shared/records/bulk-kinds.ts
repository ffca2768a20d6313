import type { ListKind } from '../entities/list-item';
import type { MessageKey } from '../i18n/messages';
import type { BulkAction } from './bulk-action';

export type BulkKind = BulkAction['type'];

/**
 * What each bulk action picks from: a settings list, the members, or a custom field key and value.
 * `verb` heads its progress bar ("Tagging 4,000 of 10,000").
 */
export type BulkKindOption = { type: BulkKind; label: MessageKey; verb: MessageKey; pick: ListKind | 'member' | 'customField' };

/**
 * Every bulk action a record type may allow (its `bulkActions` says which), as the bulk bar's picker
 * offers it; delete has its own button and confirmation (records/bulk-delete-button.tsx).
 */
export const BULK_KINDS: readonly BulkKindOption[] = [
  { type: 'addTags', label: 'records.bulk.kind.addTags', verb: 'records.bulk.verb.tagging', pick: 'tag' },
  { type: 'removeTags', label: 'records.bulk.kind.removeTags', verb: 'records.bulk.verb.untagging', pick: 'tag' },
  { type: 'addCategories', label: 'records.bulk.kind.addCategories', verb: 'records.bulk.verb.addingCategory', pick: 'category' },
  {
    type: 'removeCategories',
    label: 'records.bulk.kind.removeCategories',
    verb: 'records.bulk.verb.removingCategory',
    pick: 'category',
  },
  {
    type: 'setRelationshipType',
    label: 'records.bulk.kind.setRelationshipType',
    verb: 'records.bulk.verb.updating',
    pick: 'relationshipType',
  },
  { type: 'setStatus', label: 'records.bulk.kind.setStatus', verb: 'records.bulk.verb.updating', pick: 'statusType' },
  { type: 'setIndustry', label: 'records.bulk.kind.setIndustry', verb: 'records.bulk.verb.updating', pick: 'industry' },
  { type: 'setDepartment', label: 'records.bulk.kind.setDepartment', verb: 'records.bulk.verb.updating', pick: 'department' },
  { type: 'addOwners', label: 'records.bulk.kind.addOwners', verb: 'records.bulk.verb.addingOwner', pick: 'member' },
  { type: 'removeOwners', label: 'records.bulk.kind.removeOwners', verb: 'records.bulk.verb.removingOwner', pick: 'member' },
  { type: 'setCustomField', label: 'records.bulk.kind.setCustomField', verb: 'records.bulk.verb.updating', pick: 'customField' },
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
    case 'delete':
      return { type };
  }
}
