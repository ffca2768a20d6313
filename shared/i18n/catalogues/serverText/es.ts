import type en from './en';

export default {
  'server.mail.notConfigured':
    'No enviado: el correo electrónico no está configurado en el servidor (SMTP_URL o SMTP_HOST, y MAIL_FROM)',
  'server.mail.optedOut': 'No enviado: esta dirección se ha dado de baja de los envíos de este espacio de trabajo',
  'server.mail.notSent': 'No enviado: {problem}',
  'server.mail.unsubscribeLine': '¿No quieres recibir más correos como este? Date de baja aquí: {url}',
  'server.calendar.feedName': '{name} en Fjord CRM',
  'server.calendar.appointmentFile': 'cita',
  'server.unsubscribe.notKnownTitle': 'Este enlace no se reconoce',
  'server.unsubscribe.notKnown': 'Puede que se haya copiado solo en parte. No se ha cambiado nada.',
  'server.unsubscribe.retiredTitle': 'Este enlace ya no funciona',
  'server.unsubscribe.retired':
    'Los enlaces de baja de los envíos antiguos se han sustituido por otros más seguros. Usa el enlace de un mensaje más reciente del remitente, o responde al mensaje y pide que te eliminen. No se ha cambiado nada.',
  'server.unsubscribe.tooManyTitle': 'Demasiadas solicitudes',
  'server.unsubscribe.tooMany':
    'Esta dirección ha abierto demasiados enlaces de baja en poco tiempo. Vuelve a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  'server.unsubscribe.doneTitle': 'Te has dado de baja',
  'server.unsubscribe.done': '{address} ya no recibirá envíos de {workspace}.',
  'server.unsubscribe.askTitle': '¿Darse de baja de estos envíos?',
  'server.unsubscribe.ask': '{address} dejará de recibir envíos de {workspace}.',
  'server.unsubscribe.button': 'Darse de baja',
  'server.credit.ratingChanged': '{company}: la calificación crediticia ha cambiado',
  'server.credit.bankrupt': '{company} está en quiebra',
  'server.credit.deleted': '{company} se ha eliminado del registro',
  'server.credit.forcedDissolution': '{company} está en disolución forzosa',
  'server.credit.dissolving': '{company} está en liquidación',
} satisfies Record<keyof typeof en, string>;
