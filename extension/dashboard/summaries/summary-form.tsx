import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { summaryApi, type SummaryKind, type SummaryRecord } from '../../../shared/api/company-summaries.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import type { Issue } from '../companies/form/company-draft';
import { fieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';
import { summaryDraft, summaryPayload, type SummaryDraft } from './summary-draft';
import { STATUS_LABELS, SUMMARY_KINDS, SUMMARY_LABELS, type SummaryField } from './summary-kinds';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import { DateField } from '../../ui/date-field';

type SummaryFormProps = {
  api: ApiClient;
  kind: SummaryKind;
  companyId: string;
  /** The row to edit; null adds one. */
  row: SummaryRecord | null;
  currency: string;
  onSaved: () => void;
  onCancel: () => void;
  onSignedOut: () => void;
};

/** Adds or edits an agreement or an invoice; every error sits at its field, and nothing typed is lost. */
export function SummaryForm({ api, kind, companyId, row, currency, onSaved, onCancel, onSignedOut }: SummaryFormProps) {
  const [draft, setDraft] = useState<SummaryDraft>(() => summaryDraft(kind, row, currency));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => fieldErrors(issues), [issues]);
  const { t } = useI18n();
  const { add, statuses } = SUMMARY_KINDS[kind];

  const save = async (event: Event) => {
    event.preventDefault();
    const { payload, issues: local } = summaryPayload(kind, companyId, draft);
    setIssues(local);
    setFailure(local.length > 0 ? t('companies.form.notSaved') : null);
    if (local.length > 0) return;
    setSaving(true);
    try {
      // An edit sends every field: a partial PATCH would reset the ones it leaves out (see the report).
      const ops = summaryApi(kind);
      await (row ? api.call(ops.update, { params: { id: row.id }, json: payload }) : api.call(ops.create, { json: payload }));
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setIssues(err instanceof ApiError ? err.issues : []);
      const { t } = currentI18n();
      setFailure(
        err instanceof ApiError && err.issues.length > 0
          ? t('companies.form.notSaved')
          : t('companies.form.notSavedReason', { reason: (err as Error).message }),
      );
    } finally {
      setSaving(false);
    }
  };

  const field = (
    name: keyof SummaryDraft,
    apiField: SummaryField,
    input: (value: string, set: (v: string) => void) => JSX.Element,
  ) => (
    <FormField name={apiField} label={t(SUMMARY_LABELS[apiField])} errors={errors[apiField]}>
      {input(draft[name], (value) => setDraft({ ...draft, [name]: value }))}
    </FormField>
  );
  const text = (name: keyof SummaryDraft, apiField: SummaryField, placeholder?: string) =>
    field(name, apiField, (value, set) => (
      <input
        name={name}
        placeholder={placeholder}
        value={value}
        aria-invalid={errors[apiField] ? true : undefined}
        onInput={(e) => set(e.currentTarget.value)}
      />
    ));
  const date = (name: keyof SummaryDraft, apiField: SummaryField) =>
    field(name, apiField, (value, set) => (
      <DateField name={name} value={value} invalid={Boolean(errors[apiField])} onChange={set} />
    ));
  return (
    <form class="summary-form" data-testid={`${kind}-form`} noValidate onSubmit={(e) => void save(e)}>
      <div class="form-grid">
        {text('number', 'number')}
        {kind === 'agreement' ? text('title', 'title') : date('dueDate', 'dueDate')}
        {date('date', 'date')}
        <FormField name="status" label={t(SUMMARY_LABELS.status)} errors={errors.status}>
          <select name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABELS[status])}
              </option>
            ))}
          </select>
        </FormField>
        {text('amount', 'amountMinor', '1 234,50')}
        {text('currency', 'currency', 'NOK')}
      </div>
      {failure && (
        <p class="error" role="alert" data-testid={`${kind}-form-error`}>
          {failure}
          {errors.companyId && `: ${errors.companyId.join('; ')}`}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={saving} data-testid={`save-${kind}`}>
          {saving ? t('common.saving') : row ? t('companies.form.saveChanges') : t(add)}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
