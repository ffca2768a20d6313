import { useState } from 'preact/hooks';
import { calendarFeedsApi, type CalendarFeed } from '../../../shared/api/calendar-feeds.api';
import type { ApiClient } from '../../api/api-client';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';

type CalendarFeedsSectionProps = { api: ApiClient; onSignedOut: () => void };

/**
 * The user's private calendar URLs: make one to subscribe to in Google Calendar, Outlook or Apple
 * Calendar, revoke one that leaked. The URL is shown once, when it is made (the server keeps only
 * a hash of its secret).
 */
export function CalendarFeedsSection({ api, onSignedOut }: CalendarFeedsSectionProps) {
  const { t, f } = useI18n();
  const feeds = useOperation(api, calendarFeedsApi.list, {}, onSignedOut);
  const [fresh, setFresh] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const act = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
    feeds.reload();
  };
  const create = () =>
    act(async () => {
      const { url } = await api.call(calendarFeedsApi.create, {});
      setFresh(url);
      setCopied(false);
    });
  const revoke = (feed: CalendarFeed) =>
    act(async () => void (await api.call(calendarFeedsApi.revoke, { params: { id: feed.id } })));
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setFailure(currentI18n().t('settings.calendar.copyRefused')),
    );
  };
  const live = feeds.data?.items.filter((f) => f.revokedAt === null) ?? [];
  return (
    <section class="card" data-testid="calendar-feeds">
      <h2>{t('settings.calendar.title')}</h2>
      <p class="muted small">{t('settings.calendar.about')}</p>
      {(feeds.error ?? failure) && <p class="error">{feeds.error ?? failure}</p>}
      {fresh && (
        <div class="calendar-url" data-testid="calendar-url">
          <input
            type="text"
            readOnly
            value={fresh}
            aria-label={t('settings.calendar.address')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void copy(fresh)}>
              {copied ? t('settings.calendar.copied') : t('settings.calendar.copy')}
            </button>
            <a class="button secondary" href={fresh.replace(/^https?:/, 'webcal:')}>
              {t('settings.calendar.open')}
            </a>
          </div>
          <p class="muted small">{t('settings.calendar.howTo')}</p>
        </div>
      )}
      {live.length > 0 && (
        <ul class="timeline-list">
          {live.map((feed) => (
            <li key={feed.id} class="timeline-item" data-testid="calendar-feed">
              {t('settings.calendar.made', { when: f.dateTime(feed.createdAt) })}{' '}
              <button type="button" class="link small" data-testid="revoke-feed" onClick={() => void revoke(feed)}>
                {t('settings.calendar.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="secondary" data-testid="new-calendar-feed" onClick={() => void create()}>
        {live.length > 0 ? t('settings.calendar.another') : t('settings.calendar.first')}
      </button>
    </section>
  );
}
