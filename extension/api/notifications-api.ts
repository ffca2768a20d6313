import type { ApiClient } from './api-client';

export type Notification = {
  id: string;
  companyId: string | null;
  kind: string;
  title: string;
  body: string | null;
  createdAt: number;
  readAt: number | null;
};
export type NotificationPage = { items: Notification[]; unread: number };

export function fetchNotifications(api: ApiClient, unreadOnly: boolean, limit = 50, signal?: AbortSignal) {
  return api.request<NotificationPage>('GET', `/api/notifications?unread=${unreadOnly}&limit=${limit}`, undefined, signal);
}

export function markRead(api: ApiClient, ids: string[] | 'all') {
  return api.request('POST', '/api/notifications/read', ids === 'all' ? { all: true } : { ids });
}
