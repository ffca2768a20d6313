import type en from './en';

export default {
  'notifications.page.title': 'Meldingen',
  'notifications.page.markAllRead': 'Alles als gelezen markeren',
  'notifications.page.empty':
    'Nog niets: bedrijven met een kredietbeoordeling laten hun accountmanager hier weten wanneer die beoordeling verandert.',
} satisfies Record<keyof typeof en, string>;
