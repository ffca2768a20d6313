import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { fetchNotifications } from '../../api/notifications-api';

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
      void fetchNotifications(api, true, 1)
        .then((page) => setCount(page.unread))
        .catch(() => undefined);
    check();
    const timer = setInterval(check, 60_000);
    return () => clearInterval(timer);
  }, [api, round, where]);
  return { count, refresh: () => setRound((r) => r + 1) };
}
