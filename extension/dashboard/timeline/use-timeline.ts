import { useEffect, useState } from 'preact/hooks';
import type { TimelineItem, TimelineKind } from '../../../shared/timeline/timeline-item';
import { ApiError, type ApiClient } from '../../api/api-client';

export type TimelineTarget = { companyId: string } | { contactId: string };
export type TimelineFilter = { kinds: TimelineKind[]; from: string; to: string };

const PAGE = 50;

/** `<from>`–`<to>` dates (inclusive, local) as the API's epoch-ms window. */
function windowOf(filter: TimelineFilter): string {
  const from = filter.from ? `&from=${new Date(`${filter.from}T00:00:00`).getTime()}` : '';
  const to = filter.to ? `&to=${new Date(`${filter.to}T23:59:59.999`).getTime()}` : '';
  return `${from}${to}`;
}

/** The timeline API's first page for a card and filter; later pages add `&cursor=`. */
export function timelinePath(target: TimelineTarget, filter: TimelineFilter, limit: number): string {
  const about = 'companyId' in target ? `companyId=${target.companyId}` : `contactId=${target.contactId}`;
  return `/api/timeline?${about}&limit=${limit}&kinds=${filter.kinds.join(',')}${windowOf(filter)}`;
}

/** The card's timeline, a page at a time: `more` appends the next page, `reload` starts over. */
export function useTimeline(api: ApiClient, target: TimelineTarget, filter: TimelineFilter, onSignedOut: () => void) {
  const [items, setItems] = useState<TimelineItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const base = timelinePath(target, filter, PAGE);
  const load = async (cursor: string | null, append: boolean) => {
    setLoading(true);
    try {
      const page = await api.request<{ items: TimelineItem[]; next: string | null }>(
        'GET',
        cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base,
      );
      setItems((current) => (append ? [...current, ...page.items] : page.items));
      setNext(page.next);
      setError(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(null, false), [base, round]);
  return {
    items,
    error,
    loading,
    hasMore: next !== null,
    more: () => void load(next, true),
    reload: () => setRound((r) => r + 1),
  };
}
