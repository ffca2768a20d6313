import type en from './en';

export default {
  'options.title': 'Fjord CRM – indstillinger',
  'options.signIn': 'Log ind',
  'options.signedIn': 'Logget ind som {email} i {workspace} på {server}',
  'options.syncNow': 'Synkroniser nu',
  'options.openDashboard': 'Åbn dashboardet',
  'options.webmail.title': 'Gmail og Outlook',
  'options.webmail.autoLog': 'Registrér samtaler med kendte kontaktpersoner automatisk',
  'options.webmail.autoLogHint': 'Når du åbner en samtale, registreres den nyeste besked på de personer, Fjord kender.',
  'options.webmail.neverLog': 'Registrér aldrig',
  'options.webmail.neverLogHint': 'Adresser eller domæner, én pr. linje: samtaler med dem registreres aldrig.',
  'options.webmail.neverLogError': 'Registrér aldrig: {errors}',
  'options.webmail.ownAddresses': 'Mine andre adresser',
  'options.webmail.ownAddressesHint': 'Vises ikke i sidepanelet, ligesom den adresse, du logger ind i Fjord med.',
  'options.webmail.ownAddressesError': 'Mine andre adresser: {errors}',
  'options.webmail.saved': 'Gemt',
  'options.webmail.rule.notAddress': '"{text}" er ikke en e-mailadresse',
  'options.webmail.rule.notAddressOrDomain': '"{text}" er hverken en e-mailadresse eller et domæne',
} satisfies Record<keyof typeof en, string>;
