import type en from './en';

export default {
  'notifications.page.title': 'Notifikationer',
  'notifications.page.markAllRead': 'Markér alle som læst',
  'notifications.page.empty':
    'Intet endnu: virksomheder med kreditvurdering giver deres ansvarlige besked her, når kreditvurderingen ændrer sig.',
} satisfies Record<keyof typeof en, string>;
