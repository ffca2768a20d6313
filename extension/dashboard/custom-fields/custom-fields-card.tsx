import { Fragment } from 'preact';
import type { CustomFieldFields } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import { customFieldText } from '../companies/company-format';
import { useI18n } from '../../ui/i18n/use-i18n';
import { entityFields, splitCustomFields } from './custom-field-defs';
import { customValueText } from './custom-value-format';
import type { Lookups } from '../records/use-lookups';

type CustomFieldsCardProps = {
  entity: CustomFieldFields['entity'];
  values: CustomFields;
  lookups: Lookups | null;
  /** What to do when there is nothing to show. */
  emptyHint: string;
};

/**
 * The typed custom fields by their labels and formatted values, then free-form keys as written.
 * Additional-information fields have their own tab or card; values whose definition was deleted
 * are listed under "(deleted field)".
 */
export function CustomFieldsCard({ entity, values, lookups, emptyHint }: CustomFieldsCardProps) {
  const { t } = useI18n();
  const all = lookups ? entityFields(lookups, entity) : [];
  const typed = all.filter((f) => f.section === 'custom' && values[f.id] !== undefined && values[f.id] !== null);
  const { free, orphaned } = lookups ? splitCustomFields(values, all) : { free: Object.entries(values), orphaned: {} };
  const deleted = Object.values(orphaned);
  const empty = typed.length + free.length + deleted.length === 0;
  return (
    <div class="card">
      <h2>{t('customFields.section.custom')}</h2>
      {empty ? (
        <p class="muted small">{emptyHint}</p>
      ) : (
        <dl class="facts" data-testid="custom-fields">
          {typed.map((field) => (
            <Fragment key={field.id}>
              <dt>{field.label}</dt>
              <dd data-field-id={field.id}>{customValueText(field, values[field.id])}</dd>
            </Fragment>
          ))}
          {free.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{key}</dt>
              <dd>{customFieldText(value)}</dd>
            </Fragment>
          ))}
          {deleted.map((value, i) => (
            <Fragment key={i}>
              <dt class="deleted">{t('customFields.deletedField')}</dt>
              <dd>{customFieldText(value)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </div>
  );
}
