import type { ListItem, ListKind } from '../../shared/entities/list-item';
import type { ApiClient } from '../api/api-client';
import { useApi } from './use-api';

export type Member = { id: string; name: string; email: string; role: 'admin' | 'member' };

/** The workspace's list values and members: what the ids on a record are named. */
export type Lookups = { items: ListItem[]; members: Member[] };

/** Shown for an id whose list value (or member) is gone: deleting a value leaves records pointing at it. */
export const DELETED = '(deleted)';

export function useLookups(api: ApiClient, onSignedOut: () => void) {
  const lists = useApi<{ items: ListItem[] }>(api, '/api/settings/lists', onSignedOut);
  const members = useApi<{ members: Member[] }>(api, '/api/settings/members', onSignedOut);
  const lookups: Lookups | null = lists.data && members.data ? { items: lists.data.items, members: members.data.members } : null;
  return { lookups, error: lists.error ?? members.error };
}

export function itemName(lookups: Lookups, id: string): string {
  return lookups.items.find((item) => item.id === id)?.name ?? DELETED;
}

export function memberName(lookups: Lookups, id: string): string {
  return lookups.members.find((member) => member.id === id)?.name ?? DELETED;
}

/** The live values a company may pick: categories only when they apply to companies. */
export function companyChoices(lookups: Lookups, kind: ListKind): ListItem[] {
  return lookups.items.filter((item) => item.kind === kind && (kind !== 'category' || item.appliesTo !== 'contact'));
}
