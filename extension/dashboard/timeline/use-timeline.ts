import { useEffect, useState } from 'preact/hooks';
import { timelineApi } from '../../../shared/api/timeline.api';
import type { TimelineItem, TimelineKind } from '../../../shared/timeline/timeline-item';
import type { StatusFilter } from '../../../shared/timeline/status-filter';
import { ApiError, operationUrl, type ApiClient } from '../../api/api-client';
import type { OperationInput } from '../../api/operation-types';

export type TimelineTarget = { companyId: string } | { contactId: string };
export type TimelineFilter = { kinds: TimelineKind[]; from: string; to: string } & StatusFilter;

const PAGE = 50;

type TimelineQuery = NonNullable<OperationInput<typeof timelineApi.page>['query']>;

/** The timeline API's query for a card and filter (`<from>`–`<to>` dates inclusive, local); later pages add a cursor. */
export function timelineQuery(target: TimelineTarget, filter: TimelineFilter, limit: number): TimelineQuery {
  return {
    ...target,
    limit,
    kinds: filter.kinds.join(','),
    taskStatus: filter.taskStatus,
    appointmentStatus: filter.appointmentStatus,
    from: filter.from ? new Date(`${filter.from}T00:00:00`).getTime() : undefined,
    to: filter.to ? new Date(`${filter.to}T23:59:59.999`).getTime() : undefined,
  };
}

/** The card's timeline, a page at a time: `more` appends the next page, `reload` starts over. */
export function useTimeline(api: ApiClient, target: TimelineTarget, filter: TimelineFilter, onSignedOut: () => void) {
  const [items, setItems] = useState<TimelineItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const query = timelineQuery(target, filter, PAGE);
  const base = operationUrl(timelineApi.page, { query });
  const load = async (cursor: string | null, append: boolean) => {
    setLoading(true);
    try {
      const page = await api.call(timelineApi.page, { query: { ...query, cursor: cursor ?? undefined } });
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
