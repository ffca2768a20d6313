import type en from './en';

export default {
  'options.title': 'Ajustes de Fjord CRM',
  'options.signIn': 'Iniciar sesión',
  'options.signedIn': 'Sesión iniciada como {email} en {workspace} ({server})',
  'options.syncNow': 'Sincronizar ahora',
  'options.openDashboard': 'Abrir el panel',
  'options.webmail.title': 'Gmail y Outlook',
  'options.webmail.autoLog': 'Registrar automáticamente las conversaciones con contactos conocidos',
  'options.webmail.autoLogHint':
    'Al abrir una conversación, su mensaje más reciente se registra en las personas que Fjord conoce.',
  'options.webmail.neverLog': 'No registrar nunca',
  'options.webmail.neverLogHint': 'Direcciones o dominios, uno por línea: las conversaciones con ellos nunca se registran.',
  'options.webmail.neverLogError': 'No registrar nunca: {errors}',
  'options.webmail.ownAddresses': 'Mis otras direcciones',
  'options.webmail.ownAddressesHint':
    'No aparecen en el panel lateral, igual que la dirección con la que inicias sesión en Fjord.',
  'options.webmail.ownAddressesError': 'Mis otras direcciones: {errors}',
  'options.webmail.saved': 'Guardado',
  'options.webmail.rule.notAddress': '«{text}» no es una dirección de correo electrónico',
  'options.webmail.rule.notAddressOrDomain': '«{text}» no es ni una dirección de correo electrónico ni un dominio',
} satisfies Record<keyof typeof en, string>;
