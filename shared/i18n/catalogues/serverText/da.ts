import type en from './en';

export default {
  'server.mail.notConfigured': 'Ikke sendt: e-mail er ikke sat op på serveren (SMTP_URL eller SMTP_HOST, og MAIL_FROM)',
  'server.mail.optedOut': 'Ikke sendt: adressen har afmeldt sig udsendelser fra dette arbejdsområde',
  'server.mail.notSent': 'Ikke sendt: {problem}',
  'server.mail.unsubscribeLine': 'Vil du ikke have flere e-mails som denne? Afmeld dig her: {url}',
  'server.calendar.feedName': '{name} i Fjord CRM',
  'server.calendar.appointmentFile': 'aftale',
  'server.unsubscribe.notKnownTitle': 'Linket er ukendt',
  'server.unsubscribe.notKnown': 'Det er måske kun kopieret delvist. Intet blev ændret.',
  'server.unsubscribe.retiredTitle': 'Linket virker ikke længere',
  'server.unsubscribe.retired':
    'Afmeldingslinks i ældre udsendelser er erstattet af mere sikre links. Brug linket i en nyere besked fra afsenderen, eller svar på beskeden, og bed om at blive fjernet. Intet blev ændret.',
  'server.unsubscribe.tooManyTitle': 'For mange forespørgsler',
  'server.unsubscribe.tooMany':
    'Denne adresse har åbnet for mange afmeldingslinks på kort tid. Prøv igen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'server.unsubscribe.doneTitle': 'Du er afmeldt',
  'server.unsubscribe.done': '{address} får ikke flere udsendelser fra {workspace}.',
  'server.unsubscribe.askTitle': 'Afmeld disse udsendelser?',
  'server.unsubscribe.ask': '{address} vil ikke få flere udsendelser fra {workspace}.',
  'server.unsubscribe.button': 'Afmeld',
  'server.credit.ratingChanged': '{company}: kreditvurderingen er ændret',
  'server.credit.bankrupt': '{company} er gået konkurs',
  'server.credit.deleted': '{company} er slettet fra registeret',
  'server.credit.forcedDissolution': '{company} er under tvangsopløsning',
  'server.credit.dissolving': '{company} er under afvikling',
} satisfies Record<keyof typeof en, string>;
