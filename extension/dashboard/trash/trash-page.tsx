import { useState } from 'preact/hooks';
import { TRASH_ENTITIES, trashApi, type TrashEntity, type TrashItem } from '../../../shared/api/trash.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ProgressBar } from '../ui/progress-bar';
import { useOperation } from '../ui/use-api';
import { DeletedBy } from './deleted-by';
import { restoreAll, type RestoreOutcome } from './restore-all';

type TrashPageProps = { api: ApiClient; onSignedOut: () => void };

/**
 * The admins' trash: one kind at a time (companies, contacts and the timeline's items), newest
 * first, each with who deleted it and when; restore one, or select several and restore them.
 */
export function TrashPage({ api, onSignedOut }: TrashPageProps) {
  const { t } = useI18n();
  const [entity, setEntity] = useState<TrashEntity>('company');
  const list = useOperation(api, trashApi.list, { query: { entity } }, onSignedOut);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const items = list.data?.items ?? [];

  const pick = (next: TrashEntity) => {
    setEntity(next);
    setSelected(new Set());
    setOutcome(null);
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const restore = async (chosen: TrashItem[]) => {
    setOutcome(null);
    setRunning({ done: 0, total: chosen.length });
    const result = await restoreAll(api, chosen, (done) => setRunning({ done, total: chosen.length }));
    setRunning(null);
    setOutcome(result);
    setSelected(new Set());
    list.reload();
  };

  return (
    <section class="trash-page" data-testid="trash-page">
      <h1>{t('trash.title')}</h1>
      <p class="muted">{t('trash.intro')}</p>
      <div class="trash-kinds" role="group" aria-label={t('trash.kind')}>
        {TRASH_ENTITIES.map((kind) => (
          <button
            key={kind}
            type="button"
            class="secondary small-button"
            aria-pressed={kind === entity}
            onClick={() => pick(kind)}
            data-testid={`trash-kind-${kind}`}
          >
            {t(`trash.kind.${kind}`)}
          </button>
        ))}
      </div>
      {list.error && <p class="error">{list.error}</p>}
      {running && <ProgressBar label={t('trash.restoring')} done={running.done} total={running.total} />}
      {outcome && <RestoreSummary outcome={outcome} />}
      {list.data && items.length === 0 && (
        <p class="muted" data-testid="trash-empty">
          {t('trash.empty')}
        </p>
      )}
      {items.length > 0 && (
        <>
          <div class="trash-actions">
            <label>
              <input
                type="checkbox"
                checked={selected.size === items.length}
                onChange={() => setSelected(selected.size === items.length ? new Set() : new Set(items.map((i) => i.id)))}
              />{' '}
              {t('trash.selectAll')}
            </label>
            <button
              type="button"
              disabled={selected.size === 0 || running !== null}
              onClick={() => void restore(items.filter((i) => selected.has(i.id)))}
              data-testid="trash-restore-selected"
            >
              {t('trash.restoreSelected', { count: selected.size })}
            </button>
          </div>
          <table class="trash-table" data-testid="trash-table">
            <thead>
              <tr>
                <th class="check" />
                <th>{t('common.name')}</th>
                <th>{t('trash.column.deleted')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="trash-row">
                  <td class="check">
                    <input
                      type="checkbox"
                      aria-label={t('trash.select', { name: item.title })}
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                    />
                  </td>
                  <td class="name">{item.title}</td>
                  <td class="when muted">
                    <DeletedBy item={item} />
                  </td>
                  <td class="row-action">
                    <button
                      type="button"
                      class="secondary small-button"
                      disabled={running !== null}
                      onClick={() => void restore([item])}
                    >
                      {t('trash.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** How many came back, and each that did not, with the server's reason in words. */
function RestoreSummary({ outcome }: { outcome: RestoreOutcome }) {
  const { t } = useI18n();
  return (
    <div role="status" data-testid="trash-restored">
      <p class="ok-text">{t('trash.restored', { count: outcome.restored })}</p>
      {outcome.failed.map((f) => (
        <p key={f.item.id} class="error">
          {t('trash.notRestored', { name: f.item.title, message: f.message })}
        </p>
      ))}
    </div>
  );
}
