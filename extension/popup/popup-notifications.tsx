import { useEffect, useState } from 'preact/hooks';
import { notificationsApi, type NotificationPage } from '../../shared/api/notifications.api';
import type { ApiClient } from '../api/api-client';
import { useI18n } from '../ui/i18n/use-i18n';
import { NotificationList } from '../ui/notification-list';

type PopupNotificationsProps = { api: ApiClient; onOpenCompany: (id: string) => void };

/**
 * Unread notifications at the top of the popup (a customer's credit changed): read online only,
 * after the form is up, so they never slow the popup down or block it offline.
 */
export function PopupNotifications({ api, onOpenCompany }: PopupNotificationsProps) {
  const { t } = useI18n();
  const [page, setPage] = useState<NotificationPage | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void api
      .call(notificationsApi.list, { query: { unread: 'true', limit: 5 } }, controller.signal)
      .then(setPage)
      .catch(() => undefined);
    return () => controller.abort();
  }, [api]);
  if (!page || page.unread === 0) return null;
  return (
    <section class="card notifications" data-testid="popup-notifications">
      <header class="popup-header">
        <strong>{t('popup.notifications.new', { count: page.unread })}</strong>
        <button
          type="button"
          class="link"
          onClick={() =>
            void api.call(notificationsApi.read, { json: { all: true } }).then(
              () => setPage({ items: [], unread: 0 }),
              () => undefined,
            )
          }
        >
          {t('popup.notifications.markAllRead')}
        </button>
      </header>
      <NotificationList
        items={page.items}
        onOpen={(n) => {
          void api.call(notificationsApi.read, { json: { ids: [n.id] } }).catch(() => undefined);
          if (n.companyId) onOpenCompany(n.companyId);
        }}
      />
    </section>
  );
}
