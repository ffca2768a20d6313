import type { Notification } from '../../shared/api/notifications.api';

type NotificationListProps = {
  items: Notification[];
  /** Opens the company the notification is about. */
  onOpen: (notification: Notification) => void;
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Notifications (a rating changed, a customer went bankrupt), newest first; unread ones stand out. */
export function NotificationList({ items, onOpen }: NotificationListProps) {
  return (
    <ul class="notification-list">
      {items.map((n) => (
        <li key={n.id} class={n.readAt ? 'read' : 'unread'} data-testid="notification" data-kind={n.kind}>
          <button type="button" class="link" onClick={() => onOpen(n)}>
            {n.title}
          </button>
          {n.body && <div class="small">{n.body}</div>}
          <div class="muted small">{when.format(n.createdAt)}</div>
        </li>
      ))}
    </ul>
  );
}
