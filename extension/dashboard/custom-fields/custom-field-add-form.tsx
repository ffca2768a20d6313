import { useState } from 'preact/hooks';
import { CUSTOM_FIELD_TYPES, type CustomFieldFields, type CustomFieldType } from '../../../shared/entities/custom-field';
import { useI18n } from '../../ui/i18n/use-i18n';
import { SECTION_LABELS, TYPE_LABELS, choicesFromText, hasChoices } from './custom-field-types';

export type NewField = Pick<CustomFieldFields, 'label' | 'type' | 'options' | 'section'>;

type CustomFieldAddFormProps = {
  entity: CustomFieldFields['entity'];
  busy: boolean;
  /** Resolves true when the field was added, so the form can empty itself. */
  onAdd: (field: NewField) => Promise<boolean>;
  onProblem: (message: string) => void;
};

/** Label, type, the choices of a choice field (one per line) and where the card shows it. */
export function CustomFieldAddForm({ entity, busy, onAdd, onProblem }: CustomFieldAddFormProps) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [type, setType] = useState<CustomFieldType>('text');
  const [choices, setChoices] = useState('');
  const [section, setSection] = useState<CustomFieldFields['section']>('custom');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!label.trim()) return onProblem(`${t('customFields.field.label')}: ${t('dashboard.form.required')}`);
    const options = hasChoices(type) ? choicesFromText(choices) : [];
    if (await onAdd({ label: label.trim(), type, options, section })) {
      setLabel('');
      setChoices('');
    }
  };

  return (
    <form class="add-item add-custom-field" data-testid={`add-field-${entity}`} onSubmit={(e) => void submit(e)}>
      <input
        name="label"
        aria-label={t('customFields.add.labelAria')}
        placeholder={t('customFields.add.labelPlaceholder')}
        value={label}
        onInput={(e) => setLabel(e.currentTarget.value)}
      />
      <select
        name="type"
        aria-label={t('customFields.field.type')}
        value={type}
        onChange={(e) => setType(e.currentTarget.value as CustomFieldType)}
      >
        {CUSTOM_FIELD_TYPES.map((kind) => (
          <option key={kind} value={kind}>
            {t(TYPE_LABELS[kind])}
          </option>
        ))}
      </select>
      <select
        name="section"
        aria-label={t('customFields.add.section')}
        value={section}
        onChange={(e) => setSection(e.currentTarget.value as CustomFieldFields['section'])}
      >
        {Object.entries(SECTION_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {t(text)}
          </option>
        ))}
      </select>
      {hasChoices(type) && (
        <textarea
          name="choices"
          rows={3}
          aria-label={t('customFields.add.choices')}
          placeholder={t('customFields.add.choicesPlaceholder')}
          value={choices}
          onInput={(e) => setChoices(e.currentTarget.value)}
        />
      )}
      <button type="submit" class="secondary" disabled={busy}>
        {t('common.add')}
      </button>
    </form>
  );
}
