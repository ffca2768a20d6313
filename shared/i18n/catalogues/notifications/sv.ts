import type en from './en';

export default {
  'notifications.page.title': 'Aviseringar',
  'notifications.page.markAllRead': 'Markera alla som lästa',
  'notifications.page.empty': 'Inget än: företag med kreditbetyg meddelar sin ansvarige här när kreditbetyget ändras.',
} satisfies Record<keyof typeof en, string>;
