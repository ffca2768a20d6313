/** notifications: the English text, the reference every other catalogue of this feature must match key for key. */
export default {
  'notifications.page.title': 'Notifications',
  'notifications.page.markAllRead': 'Mark all read',
  'notifications.page.empty': 'Nothing yet: rated companies tell their owners here when their credit changes.',
};
