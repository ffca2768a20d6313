import type en from './en';

export default {
  'server.mail.notConfigured': 'Inte skickat: e-post är inte konfigurerad på servern (SMTP_URL eller SMTP_HOST, och MAIL_FROM)',
  'server.mail.optedOut': 'Inte skickat: adressen har avregistrerat sig från utskick från den här arbetsytan',
  'server.mail.notSent': 'Inte skickat: {problem}',
  'server.mail.unsubscribeLine': 'Vill du inte få fler sådana e-postmeddelanden? Avregistrera dig här: {url}',
  'server.calendar.feedName': '{name} i Fjord CRM',
  'server.calendar.appointmentFile': 'möte',
  'server.unsubscribe.notKnownTitle': 'Den här länken är okänd',
  'server.unsubscribe.notKnown': 'Den kan ha kopierats bara delvis. Inget ändrades.',
  'server.unsubscribe.retiredTitle': 'Den här länken fungerar inte längre',
  'server.unsubscribe.retired':
    'Avregistreringslänkar i äldre utskick har ersatts av säkrare länkar. Använd länken i ett nyare meddelande från avsändaren, eller svara på meddelandet och be att bli borttagen. Inget ändrades.',
  'server.unsubscribe.tooManyTitle': 'För många förfrågningar',
  'server.unsubscribe.tooMany':
    'Den här adressen har öppnat för många avregistreringslänkar på kort tid. Försök igen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'server.unsubscribe.doneTitle': 'Du är avregistrerad',
  'server.unsubscribe.done': '{address} får inga fler utskick från {workspace}.',
  'server.unsubscribe.askTitle': 'Avregistrera dig från de här utskicken?',
  'server.unsubscribe.ask': '{address} kommer inte att få fler utskick från {workspace}.',
  'server.unsubscribe.button': 'Avregistrera',
  'server.credit.ratingChanged': '{company}: kreditbetyget har ändrats',
  'server.credit.bankrupt': '{company} är i konkurs',
  'server.credit.deleted': '{company} har avregistrerats från registret',
  'server.credit.forcedDissolution': '{company} är under tvångslikvidation',
  'server.credit.dissolving': '{company} är under likvidation',
} satisfies Record<keyof typeof en, string>;
