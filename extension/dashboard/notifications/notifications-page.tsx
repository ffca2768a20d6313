import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { notificationsApi, type ReadBody } from '../../../shared/api/notifications.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { NotificationList } from '../../ui/notification-list';
import { useOperation } from '../ui/use-api';
import { navigate } from '../use-hash-route';

/** Everything the user was told about, newest first; opening one marks it read. */
export function NotificationsPage({ api, onSignedOut, onRead }: { api: ApiClient; onSignedOut: () => void; onRead: () => void }) {
  const { t } = useI18n();
  const page = useOperation(api, notificationsApi.list, { query: { limit: 100 } }, onSignedOut);
  const [failure, setFailure] = useState<string | null>(null);
  const read = async (which: z.input<typeof ReadBody>) => {
    try {
      await api.call(notificationsApi.read, { json: which });
      page.reload();
      onRead();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section data-testid="notifications">
      <header class="content-header">
        <h1>{t('notifications.page.title')}</h1>
        {(page.data?.unread ?? 0) > 0 && (
          <button type="button" class="secondary" onClick={() => void read({ all: true })}>
            {t('notifications.page.markAllRead')}
          </button>
        )}
      </header>
      {(page.error ?? failure) && <p class="error">{page.error ?? failure}</p>}
      {page.data && page.data.items.length === 0 && <p class="empty">{t('notifications.page.empty')}</p>}
      {page.data && (
        <NotificationList
          items={page.data.items}
          onOpen={(n) => {
            if (!n.readAt) void read({ ids: [n.id] });
            if (n.companyId) navigate(`#/companies/${n.companyId}`);
          }}
        />
      )}
    </section>
  );
}
