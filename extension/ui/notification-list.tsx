import type { Notification } from '../../shared/api/notifications.api';
import { useI18n } from './i18n/use-i18n';

type NotificationListProps = {
  items: Notification[];
  /** Opens the company the notification is about. */
  onOpen: (notification: Notification) => void;
};

/** Notifications (a rating changed, a customer went bankrupt), newest first; unread ones stand out. */
export function NotificationList({ items, onOpen }: NotificationListProps) {
  const { f } = useI18n();
  return (
    <ul class="notification-list">
      {items.map((n) => (
        <li key={n.id} class={n.readAt ? 'read' : 'unread'} data-testid="notification" data-kind={n.kind}>
          <button type="button" class="link" onClick={() => onOpen(n)}>
            {n.title}
          </button>
          {n.body && <div class="small">{n.body}</div>}
          <div class="muted small">{f.dateTime(n.createdAt)}</div>
        </li>
      ))}
    </ul>
  );
}
