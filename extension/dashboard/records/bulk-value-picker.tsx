import { BULK_KINDS, type BulkKind } from '../../../shared/records/bulk-kinds';
import { choicesFor, type Lookups } from './use-lookups';
import { assignableMembers } from './assignable-members';

type BulkValuePickerProps = {
  kind: BulkKind;
  /** Categories offered are those that apply to these records. */
  target: 'company' | 'contact';
  lookups: Lookups;
  value: string;
  onValue: (value: string) => void;
  fieldKey: string;
  onFieldKey: (key: string) => void;
};

/** The second half of a bulk action: which tag, owner, status… or which custom field and value. */
export function BulkValuePicker({ kind, target, lookups, value, onValue, fieldKey, onFieldKey }: BulkValuePickerProps) {
  const pick = BULK_KINDS.find((k) => k.type === kind)!.pick;
  if (pick === 'customField') {
    return (
      <>
        <input
          name="bulk-field-key"
          aria-label="Custom field key"
          placeholder="Field key"
          value={fieldKey}
          onInput={(e) => onFieldKey(e.currentTarget.value)}
        />
        <input
          name="bulk-field-value"
          aria-label="Custom field value"
          placeholder="Value (empty clears)"
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      </>
    );
  }
  const options = pick === 'member' ? assignableMembers(lookups.members) : choicesFor(lookups, pick, target);
  const clears = kind === 'setRelationshipType' || kind === 'setStatus';
  if (options.length === 0 && !clears) {
    return (
      <span class="muted small">
        Nothing to pick yet: <a href="#/settings">add values in Settings</a>
      </span>
    );
  }
  return (
    <select name="bulk-value" aria-label="Value" value={value} onChange={(e) => onValue(e.currentTarget.value)}>
      <option value="">{clears ? '(none)' : 'Choose…'}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
