import type en from './en';

export default {
  'server.mail.notConfigured': 'Niet verstuurd: e-mail is niet ingesteld op de server (SMTP_URL of SMTP_HOST, en MAIL_FROM)',
  'server.mail.optedOut': 'Niet verstuurd: dit adres heeft zich afgemeld voor mailings van deze werkruimte',
  'server.mail.notSent': 'Niet verstuurd: {problem}',
  'server.mail.unsubscribeLine': 'Wil je geen e-mails als deze meer ontvangen? Meld je hier af: {url}',
  'server.calendar.feedName': '{name} in Fjord CRM',
  'server.calendar.appointmentFile': 'afspraak',
  'server.unsubscribe.notKnownTitle': 'Deze link is onbekend',
  'server.unsubscribe.notKnown': 'Misschien is hij maar gedeeltelijk gekopieerd. Er is niets gewijzigd.',
  'server.unsubscribe.retiredTitle': 'Deze link werkt niet meer',
  'server.unsubscribe.retired':
    'Afmeldlinks in oudere mailings zijn vervangen door veiligere. Gebruik de link in een nieuwer bericht van de afzender, of beantwoord het bericht en vraag om verwijderd te worden. Er is niets gewijzigd.',
  'server.unsubscribe.tooManyTitle': 'Te veel verzoeken',
  'server.unsubscribe.tooMany':
    'Dit adres heeft in korte tijd te veel afmeldlinks geopend. Probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.',
  'server.unsubscribe.doneTitle': 'Je bent afgemeld',
  'server.unsubscribe.done': '{address} ontvangt geen mailings meer van {workspace}.',
  'server.unsubscribe.askTitle': 'Afmelden voor deze mailings?',
  'server.unsubscribe.ask': '{address} ontvangt dan geen mailings meer van {workspace}.',
  'server.unsubscribe.button': 'Afmelden',
  'server.credit.ratingChanged': '{company}: kredietbeoordeling gewijzigd',
  'server.credit.bankrupt': '{company} is failliet',
  'server.credit.deleted': '{company} is uit het register verwijderd',
  'server.credit.forcedDissolution': '{company} wordt gedwongen ontbonden',
  'server.credit.dissolving': '{company} wordt geliquideerd',
} satisfies Record<keyof typeof en, string>;
