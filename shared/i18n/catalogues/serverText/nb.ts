import type en from './en';

export default {
  'server.mail.notConfigured': 'Ikke sendt: e-post er ikke satt opp på serveren (SMTP_URL eller SMTP_HOST, og MAIL_FROM)',
  'server.mail.optedOut': 'Ikke sendt: denne adressen har meldt seg av utsendelser fra dette arbeidsområdet',
  'server.mail.notSent': 'Ikke sendt: {problem}',
  'server.mail.unsubscribeLine': 'Vil du ikke få flere slike e-poster? Meld deg av her: {url}',
  'server.calendar.feedName': '{name} i Fjord CRM',
  'server.calendar.appointmentFile': 'avtale',
  'server.unsubscribe.notKnownTitle': 'Denne lenken er ukjent',
  'server.unsubscribe.notKnown': 'Den kan ha blitt kopiert bare delvis. Ingenting ble endret.',
  'server.unsubscribe.retiredTitle': 'Denne lenken virker ikke lenger',
  'server.unsubscribe.retired':
    'Avmeldingslenker i eldre utsendelser er byttet ut med sikrere lenker. Bruk lenken i en nyere e-post fra avsenderen, eller svar på e-posten og be om å bli fjernet. Ingenting ble endret.',
  'server.unsubscribe.tooManyTitle': 'For mange forespørsler',
  'server.unsubscribe.tooMany':
    'Denne adressen har åpnet for mange avmeldingslenker på kort tid. Prøv igjen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'server.unsubscribe.doneTitle': 'Du er avmeldt',
  'server.unsubscribe.done': '{address} får ikke flere utsendelser fra {workspace}.',
  'server.unsubscribe.askTitle': 'Melde deg av disse utsendelsene?',
  'server.unsubscribe.ask': '{address} vil ikke få flere utsendelser fra {workspace}.',
  'server.unsubscribe.button': 'Meld av',
  'server.credit.ratingChanged': '{company}: kredittvurderingen er endret',
  'server.credit.bankrupt': '{company} er konkurs',
  'server.credit.deleted': '{company} er slettet fra registeret',
  'server.credit.forcedDissolution': '{company} er under tvangsoppløsning',
  'server.credit.dissolving': '{company} er under avvikling',
} satisfies Record<keyof typeof en, string>;
