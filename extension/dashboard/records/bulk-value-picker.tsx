import { BULK_KINDS, type BulkKind } from '../../../shared/records/bulk-kinds';
import { useI18n } from '../../ui/i18n/use-i18n';
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
  const { t } = useI18n();
  const pick = BULK_KINDS.find((k) => k.type === kind)!.pick;
  if (pick === 'customField') {
    return (
      <>
        <input
          name="bulk-field-key"
          aria-label={t('records.bulk.fieldKey')}
          placeholder={t('records.bulk.fieldKeyPlaceholder')}
          value={fieldKey}
          onInput={(e) => onFieldKey(e.currentTarget.value)}
        />
        <input
          name="bulk-field-value"
          aria-label={t('records.bulk.fieldValue')}
          placeholder={t('records.bulk.fieldValuePlaceholder')}
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
        {t('records.bulk.nothingToPick')} <a href="#/settings">{t('records.bulk.addInSettings')}</a>
      </span>
    );
  }
  return (
    <select name="bulk-value" aria-label={t('records.bulk.value')} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
      <option value="">{clears ? t('records.bulk.none') : t('records.bulk.choose')}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
