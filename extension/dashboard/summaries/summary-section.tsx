import { useState } from 'preact/hooks';
import { summaryApi, type SummaryKind, type SummaryRecord } from '../../../shared/api/company-summaries.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { customValueText } from '../custom-fields/custom-value-format';
import { formatMoney } from '../ui/money';
import { SummaryForm } from './summary-form';
import { STATUS_LABELS, SUMMARY_KINDS } from './summary-kinds';
import { useOperation } from '../ui/use-api';

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
  const { title, singular } = SUMMARY_KINDS[kind];
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
      setError(`Not deleted: ${(err as Error).message}`);
    }
  };

  return (
    <section class="card summary-section" data-testid={`${kind}s`}>
      <header class="panel-header">
        <h2>{title}</h2>
        {editing === null && (
          <button type="button" class="secondary small-button" data-testid={`add-${kind}`} onClick={() => setEditing('new')}>
            + Add {singular}
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
      {list.data && rows.length === 0 && editing === null && (
        <p class="muted small">
          No {singular}s recorded: use Add {singular}, or let your accounting or signing tool report them.
        </p>
      )}
      {rows.length > 0 && (
        <table class="list summary-table">
          <thead>
            <tr>
              <th>Number</th>
              <th>{kind === 'agreement' ? 'Title' : 'Due'}</th>
              <th>Date</th>
              <th class="number">Amount</th>
              <th>Status</th>
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
                  <span class={`chip status-${row.status}`}>{STATUS_LABELS[row.status] ?? row.status}</span>
                </td>
                <td class="row-actions">
                  {confirming === row.id ? (
                    <>
                      Delete {row.number}?{' '}
                      <button type="button" class="danger small-button" onClick={() => void remove(row)}>
                        Delete
                      </button>
                      <button type="button" class="secondary small-button" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" class="link" onClick={() => setEditing(row)}>
                        Edit
                      </button>
                      <button type="button" class="link danger-link" onClick={() => setConfirming(row.id)}>
                        Delete
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
