import type en from './en';

export default {
  'notifications.page.title': 'Varsler',
  'notifications.page.markAllRead': 'Merk alle som lest',
  'notifications.page.empty':
    'Ingenting ennå: firmaer med kredittvurdering varsler den ansvarlige her når kredittvurderingen endres.',
} satisfies Record<keyof typeof en, string>;
