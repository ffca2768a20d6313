import { useState } from 'preact/hooks';
import { calendarFeedsApi, type CalendarFeed } from '../../../shared/api/calendar-feeds.api';
import type { ApiClient } from '../../api/api-client';
import { useOperation } from '../ui/use-api';

type CalendarFeedsSectionProps = { api: ApiClient; onSignedOut: () => void };

const created = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The user's private calendar URLs: make one to subscribe to in Google Calendar, Outlook or Apple
 * Calendar, revoke one that leaked. The URL is shown once, when it is made (the server keeps only
 * a hash of its secret).
 */
export function CalendarFeedsSection({ api, onSignedOut }: CalendarFeedsSectionProps) {
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
      () => setFailure('Copy the address by hand: the browser refused the clipboard.'),
    );
  };
  const live = feeds.data?.items.filter((f) => f.revokedAt === null) ?? [];
  return (
    <section class="card" data-testid="calendar-feeds">
      <h2>Calendar subscription</h2>
      <p class="muted small">
        Your appointments and tasks with a due date, in your own calendar app. Anyone with the address can read it: keep it to
        yourself, and revoke it if it leaks.
      </p>
      {(feeds.error ?? failure) && <p class="error">{feeds.error ?? failure}</p>}
      {fresh && (
        <div class="calendar-url" data-testid="calendar-url">
          <input type="text" readOnly value={fresh} aria-label="Calendar address" onFocus={(e) => e.currentTarget.select()} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void copy(fresh)}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            <a class="button secondary" href={fresh.replace(/^https?:/, 'webcal:')}>
              Open in calendar app
            </a>
          </div>
          <p class="muted small">
            This address is shown only now. Google Calendar: Other calendars → From URL. Outlook: Add calendar → Subscribe from
            web. Apple Calendar: File → New Calendar Subscription.
          </p>
        </div>
      )}
      {live.length > 0 && (
        <ul class="timeline-list">
          {live.map((feed) => (
            <li key={feed.id} class="timeline-item" data-testid="calendar-feed">
              Address made {created.format(feed.createdAt)}{' '}
              <button type="button" class="link small" data-testid="revoke-feed" onClick={() => void revoke(feed)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="secondary" data-testid="new-calendar-feed" onClick={() => void create()}>
        {live.length > 0 ? 'Make another address' : 'Make a calendar address'}
      </button>
    </section>
  );
}
