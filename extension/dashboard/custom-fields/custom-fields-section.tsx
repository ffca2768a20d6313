import { STANDARD_ADDITIONAL_FIELDS, type CustomField, type CustomFieldFields } from '../../../shared/entities/custom-field';
import { customFieldsApi } from '../../../shared/api/custom-fields.api';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { settingsProblem, useSettingsRun } from '../settings/use-settings-run';
import { CustomFieldAddForm, type NewField } from './custom-field-add-form';
import { CustomFieldRow } from './custom-field-row';
import { ENTITY_TEXT, SECTION_LABELS } from './custom-field-types';

type CustomFieldsSectionProps = {
  api: ApiClient;
  entity: CustomFieldFields['entity'];
  /** This entity's live fields, in their order. */
  fields: CustomField[];
  readOnly: boolean;
  onChanged: () => void;
  onSignedOut: () => void;
};

const SECTIONS = ['custom', 'additional'] as const;
const FIELD_LABELS: Record<string, MessageKey> = {
  label: 'customFields.field.label',
  type: 'customFields.field.type',
  options: 'customFields.field.options',
  section: 'customFields.field.section',
};
const describe = (err: unknown) => settingsProblem(err, 'customFields.forbidden', FIELD_LABELS);

/** The typed fields of companies or contacts, by section: add, rename, choices, reorder, delete (admins). */
export function CustomFieldsSection({ api, entity, fields, readOnly, onChanged, onSignedOut }: CustomFieldsSectionProps) {
  const { t } = useI18n();
  const { busy, error, setError, run } = useSettingsRun(onChanged, onSignedOut, describe);

  const inSection = (section: CustomField['section']) => fields.filter((f) => f.section === section);
  const add = (field: NewField) => {
    const sortOrder = Math.max(-1, ...inSection(field.section).map((f) => f.sortOrder)) + 1;
    return run(t('dashboard.busy.adding'), () => api.call(customFieldsApi.create, { json: { entity, ...field, sortOrder } }));
  };
  // Renumbers the section: fields added together may share an order, so a swap alone would not move them.
  const move = (section: CustomField['section'], index: number, delta: -1 | 1) =>
    run(t('dashboard.busy.moving'), async () => {
      const order = inSection(section);
      const [moved] = order.splice(index, 1);
      order.splice(index + delta, 0, moved!);
      for (const [position, field] of order.entries()) {
        if (field.sortOrder !== position)
          await api.call(customFieldsApi.update, { params: { id: field.id }, json: { sortOrder: position } });
      }
    });
  const missing = STANDARD_ADDITIONAL_FIELDS.filter((s) => !fields.some((f) => f.label.toLowerCase() === s.label.toLowerCase()));

  return (
    <section class="card list-section custom-fields-section" data-testid={`custom-fields-${entity}`} aria-busy={busy !== null}>
      <header class="list-section-header">
        <h2>{t(ENTITY_TEXT[entity].title)}</h2>
        {busy && <span class="muted small">{busy}</span>}
      </header>
      {SECTIONS.map((section) => {
        const list = inSection(section);
        return (
          <div key={section} class="field-group" data-section={section}>
            <h3>{t(SECTION_LABELS[section])}</h3>
            {list.length === 0 ? (
              <p class="muted small empty-list">
                {section === 'custom'
                  ? t(readOnly ? ENTITY_TEXT[entity].empty : ENTITY_TEXT[entity].emptyAdd)
                  : t('customFields.section.notEnabled')}
              </p>
            ) : (
              <ul class="list-items">
                {list.map((field, index) => (
                  <CustomFieldRow
                    key={field.id}
                    field={field}
                    first={index === 0}
                    last={index === list.length - 1}
                    readOnly={readOnly}
                    busy={busy !== null}
                    onPatch={(patch) =>
                      run(t('common.saving'), () => api.call(customFieldsApi.update, { params: { id: field.id }, json: patch }))
                    }
                    onMove={(delta) => void move(section, index, delta)}
                    onDelete={() =>
                      void run(t('dashboard.busy.deleting'), () => api.call(customFieldsApi.remove, { params: { id: field.id } }))
                    }
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
      {!readOnly && (
        <>
          <CustomFieldAddForm entity={entity} busy={busy !== null} onAdd={add} onProblem={setError} />
          {missing.length > 0 && (
            <button
              type="button"
              class="secondary enable-additional"
              data-testid={`enable-additional-${entity}`}
              disabled={busy !== null}
              onClick={() =>
                void run(t('customFields.busy.enabling'), () => api.call(customFieldsApi.addStandard, { json: { entity } }))
              }
            >
              {inSection('additional').length === 0
                ? t('customFields.section.enableAdditional')
                : t('customFields.section.addStandard', { labels: missing.map((f) => f.label).join(', ') })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
