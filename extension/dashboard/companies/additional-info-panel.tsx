import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CustomField } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import { ApiError } from '../../api/api-client';
import { typedPayload, valueDraft, type TypedDraft } from '../custom-fields/custom-value-draft';
import { customValueText } from '../custom-fields/custom-value-format';
import type { FieldErrors } from '../ui/field-errors';
import { TypedFieldsEditor } from '../custom-fields/typed-fields-editor';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';

type AdditionalInfoPanelProps = {
  /** Writes the record's custom fields whole (its type's update operation). */
  save: (customFields: CustomFields) => Promise<unknown>;
  values: CustomFields;
  /** The entity's fields in the additional section, in order. */
  fields: CustomField[];
  onSaved: () => void;
  onSignedOut: () => void;
};

/** Each additional-information field with its value, edited in place. */
export function AdditionalInfoPanel({ save, values: loaded, fields, onSaved, onSignedOut }: AdditionalInfoPanelProps) {
  const { t } = useI18n();
  // What was just saved, shown until the record is read again: never the old values in between.
  const [saved, setSaved] = useState<typeof loaded | null>(null);
  useEffect(() => setSaved(null), [loaded]);
  const values = saved ?? loaded;
  const [drafts, setDrafts] = useState<TypedDraft[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = () => {
    setDrafts(fields.map((field) => ({ field, value: valueDraft(field, values[field.id]) })));
    setErrors({});
    setFailure(null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!drafts) return;
    const { values: typed, problems } = typedPayload(drafts, values);
    setErrors(Object.fromEntries(Object.entries(problems).map(([key, message]) => [key, [message]])));
    if (Object.keys(problems).length > 0) return setFailure(t('companies.additional.checkFields'));
    const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !fields.some((f) => f.id === key)));
    setSaving(true);
    try {
      await save({ ...rest, ...typed });
      setSaved({ ...rest, ...typed });
      setDrafts(null);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setFailure(currentI18n().t('companies.form.notSavedReason', { reason: (err as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  if (drafts) {
    return (
      <form class="card additional-info editing" data-testid="additional-info" noValidate onSubmit={(e) => void submit(e)}>
        <h2>{t('companies.additional.title')}</h2>
        <TypedFieldsEditor drafts={drafts} errors={errors} onChange={setDrafts} />
        {failure && (
          <p class="error" role="alert" data-testid="additional-error">
            {failure}
          </p>
        )}
        <div class="actions">
          <button type="submit" disabled={saving} data-testid="save-additional">
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" class="secondary" onClick={() => setDrafts(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="card additional-info" data-testid="additional-info">
      <header class="panel-header">
        <h2>{t('companies.additional.title')}</h2>
        <button type="button" class="secondary small-button" data-testid="edit-additional" onClick={edit}>
          {t('common.edit')}
        </button>
      </header>
      <dl class="facts">
        {fields.map((field) => (
          <Fragment key={field.id}>
            <dt>{field.label}</dt>
            <dd data-field-id={field.id}>{customValueText(field, values[field.id])}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
