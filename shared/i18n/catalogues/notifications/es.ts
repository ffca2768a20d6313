import type en from './en';

export default {
  'notifications.page.title': 'Notificaciones',
  'notifications.page.markAllRead': 'Marcar todas como leídas',
  'notifications.page.empty':
    'Todavía nada: las empresas con calificación crediticia avisan aquí a su responsable cuando su calificación cambia.',
} satisfies Record<keyof typeof en, string>;
