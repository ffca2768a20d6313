import { useEffect, useState } from 'preact/hooks';
import { notificationsApi } from '../../../shared/api/notifications.api';
import type { ApiClient } from '../../api/api-client';

/**
 * Unread notifications: checked at sign-in, on every move to another page (`where`), and every
 * minute while the user stays on one (the monitoring job runs about that often).
 */
export function useUnreadCount(api: ApiClient | null | undefined, where: string) {
  const [count, setCount] = useState(0);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!api) return;
    const check = () =>
      void api
        .call(notificationsApi.list, { query: { unread: 'true', limit: 1 } })
        .then((page) => setCount(page.unread))
        .catch(() => undefined);
    check();
    const timer = setInterval(check, 60_000);
    return () => clearInterval(timer);
  }, [api, round, where]);
  return { count, refresh: () => setRound((r) => r + 1) };
}
