import { useState } from 'preact/hooks';
import { summaryApi, type SummaryKind, type SummaryRecord } from '../../../shared/api/company-summaries.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { customValueText } from '../custom-fields/custom-value-format';
import { formatMoney } from '../ui/money';
import { SummaryForm } from './summary-form';
import { STATUS_LABELS, SUMMARY_KINDS, SUMMARY_LABELS } from './summary-kinds';
import { useOperation } from '../ui/use-api';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';

type SummarySectionProps = {
  api: ApiClient;
  kind: SummaryKind;
  companyId: string;
  /** For a company's first one; later ones start with the currency of the newest. */
  currency: string;
  /** The counters change with every add, edit and delete. */
  onChanged: () => void;
  onSignedOut: () => void;
};

const day = (iso: string | null | undefined) => (iso ? customValueText({ type: 'date' }, iso) : '');

/** A company's agreements or invoices, newest first, with add, edit and (confirmed) delete. */
export function SummarySection({ api, kind, companyId, currency, onChanged, onSignedOut }: SummarySectionProps) {
  const { title, add, empty } = SUMMARY_KINDS[kind];
  const { t } = useI18n();
  const ops = summaryApi(kind);
  const list = useOperation(api, ops.list, { query: { companyId } }, onSignedOut);
  const [editing, setEditing] = useState<SummaryRecord | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = list.data?.items ?? [];
  const changed = () => {
    setEditing(null);
    list.reload();
    onChanged();
  };
  const remove = async (row: SummaryRecord) => {
    setError(null);
    try {
      await api.call(ops.remove, { params: { id: row.id } });
      setConfirming(null);
      changed();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setError(currentI18n().t('summaries.notDeleted', { reason: (err as Error).message }));
    }
  };

  return (
    <section class="card summary-section" data-testid={`${kind}s`}>
      <header class="panel-header">
        <h2>{t(title)}</h2>
        {editing === null && (
          <button type="button" class="secondary small-button" data-testid={`add-${kind}`} onClick={() => setEditing('new')}>
            + {t(add)}
          </button>
        )}
      </header>
      {editing !== null && (
        <SummaryForm
          key={editing === 'new' ? 'new' : editing.id}
          api={api}
          kind={kind}
          companyId={companyId}
          row={editing === 'new' ? null : editing}
          currency={rows[0]?.currency ?? currency}
          onSaved={changed}
          onCancel={() => setEditing(null)}
          onSignedOut={onSignedOut}
        />
      )}
      {list.error && <p class="error">{list.error}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list.data && rows.length === 0 && editing === null && <p class="muted small">{t(empty)}</p>}
      {rows.length > 0 && (
        <table class="list summary-table">
          <thead>
            <tr>
              <th>{t(SUMMARY_LABELS.number)}</th>
              <th>{t(kind === 'agreement' ? SUMMARY_LABELS.title : 'summaries.table.due')}</th>
              <th>{t(SUMMARY_LABELS.date)}</th>
              <th class="number">{t(SUMMARY_LABELS.amountMinor)}</th>
              <th>{t(SUMMARY_LABELS.status)}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-id={row.id} data-number={row.number}>
                <td>{row.number}</td>
                <td>{'title' in row ? (row.title ?? '') : day(row.dueDate)}</td>
                <td>{day(row.date)}</td>
                <td class="number" data-testid="amount">
                  {formatMoney(row.amountMinor, row.currency)}
                </td>
                <td>
                  <span class={`chip status-${row.status}`}>{t(STATUS_LABELS[row.status])}</span>
                </td>
                <td class="row-actions">
                  {confirming === row.id ? (
                    <>
                      {t('summaries.confirmDelete', { number: row.number })}{' '}
                      <button type="button" class="danger small-button" onClick={() => void remove(row)}>
                        {t('common.delete')}
                      </button>
                      <button type="button" class="secondary small-button" onClick={() => setConfirming(null)}>
                        {t('dashboard.action.keep')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" class="link" onClick={() => setEditing(row)}>
                        {t('common.edit')}
                      </button>
                      <button type="button" class="link danger-link" onClick={() => setConfirming(row.id)}>
                        {t('common.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
