import { useState } from 'preact/hooks';
import { creditApi } from '../../../shared/api/credit.api';
import type { CreditProviderId, CreditRatingEntry } from '../../../shared/credit/credit-rating';
import type { Company } from '../../../shared/entities/company';
import type { ApiClient } from '../../api/api-client';
import { CreditTrendChart } from './credit-trend-chart';
import { localDate } from '../custom-fields/custom-value-format';
import { useOperation } from '../ui/use-api';
import { useI18n } from '../../ui/i18n/use-i18n';
import './credit-section.css';

/** The company's credit: latest rating per provider, its trend, "rate now", and the monitoring that follows. */
export function CreditSection({ api, company, onSignedOut }: { api: ApiClient; company: Company; onSignedOut: () => void }) {
  const card = useOperation(api, creditApi.company, { params: { id: company.id } }, onSignedOut);
  const providers = useOperation(api, creditApi.providers, {}, onSignedOut);
  const usable = providers.data?.items.filter((p) => !p.unavailable) ?? [];
  const notSetUp = (providers.data?.items ?? [])
    .filter((p) => p.unavailable)
    .map((p) => p.name)
    .join(', ');
  const [choice, setChoice] = useState<CreditProviderId | ''>('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const provider = choice || usable[0]?.id || '';
  const name = (id: string) => providers.data?.items.find((p) => p.id === id)?.name ?? id;
  const { t, f } = useI18n();
  const ratedOn = (iso: string) => {
    const day = localDate(iso);
    return day ? f.date(day) : iso;
  };

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      card.reload();
    }
  };
  const latest = new Map<string, CreditRatingEntry>();
  for (const entry of card.data?.history ?? []) latest.set(entry.provider, entry);

  return (
    <section class="card credit" data-testid="credit">
      <h2>{t('credit.title')}</h2>
      {card.error && <p class="error">{card.error}</p>}
      {[...latest.values()].map((r) => (
        <div key={r.provider} class="credit-rating" data-testid="credit-rating" data-provider={r.provider}>
          <span class={`rating-class class-${r.ratingClass}`}>{r.ratingClass}</span>
          <div>
            <strong>{name(r.provider)}</strong>
            <span class="muted"> · {t('credit.risk', { ratingClass: r.ratingClass })}</span>
            {r.score !== null && <span> · {t('credit.score', { score: r.score })}</span>}
            {r.creditLimit !== null && (
              <span> · {t('credit.limit', { limit: [f.integer(r.creditLimit), r.currency].filter(Boolean).join(' ') })}</span>
            )}
            <div class="muted small">
              {t('credit.ratedOn', { date: ratedOn(r.ratedOn) })}
              {Object.entries(r.flags)
                .filter(([, on]) => on)
                .map(([flag]) => ` · ${t('credit.flag', { flag })}`)
                .join('')}
            </div>
          </div>
        </div>
      ))}
      {card.data && latest.size === 0 && <p class="empty">{t('credit.notRated')}</p>}
      {card.data && <CreditTrendChart history={card.data.history} />}
      {card.data && card.data.history.some((h) => h.change) && (
        <ul class="credit-changes">
          {card.data.history
            .filter((h) => h.change)
            .reverse()
            .map((h) => (
              <li key={h.id} class="small">
                <span class="muted">{f.dateTime(h.fetchedAt)}</span> {name(h.provider)}: {h.change}
              </li>
            ))}
        </ul>
      )}
      {card.data?.monitors.map((m) => (
        <p key={m.provider} class="muted small" data-testid="credit-monitor">
          {t('credit.monitored', { provider: name(m.provider), next: f.dateTime(m.nextCheckAt) })}
          {m.lastError && <span class="error"> · {t('credit.lastCheckFailed', { error: m.lastError })}</span>}{' '}
          <button
            type="button"
            class="link small"
            disabled={busy}
            onClick={() => void act(() => api.call(creditApi.stopMonitor, { params: { id: company.id, provider: m.provider } }))}
          >
            {t('credit.stop')}
          </button>
        </p>
      ))}
      <div class="credit-actions">
        {usable.length > 1 && (
          <select
            aria-label={t('credit.provider')}
            value={provider}
            onChange={(e) => setChoice(e.currentTarget.value as CreditProviderId)}
          >
            {usable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          class="secondary"
          data-testid="rate-now"
          disabled={busy || !provider}
          onClick={() => {
            if (provider) void act(() => api.call(creditApi.rate, { params: { id: company.id }, json: { provider } }));
          }}
        >
          {busy ? t('credit.rating') : latest.size > 0 ? t('credit.rateAgain') : t('credit.rateAndMonitor')}
        </button>
      </div>
      {/* One calm line: which credentials to set is for admins, in Settings. */}
      {notSetUp && (
        <p class="muted small" data-testid="credit-not-set-up">
          {t('credit.notSetUpHere', { names: notSetUp })}
        </p>
      )}
      {failure && (
        <p class="error" role="alert" data-testid="credit-failure">
          {failure}
        </p>
      )}
    </section>
  );
}
