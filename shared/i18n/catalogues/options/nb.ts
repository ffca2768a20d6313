import type en from './en';

export default {
  'options.title': 'Fjord CRM – innstillinger',
  'options.signIn': 'Logg inn',
  'options.signedIn': 'Logget inn som {email} i {workspace} på {server}',
  'options.syncNow': 'Synkroniser nå',
  'options.openDashboard': 'Åpne dashbordet',
  'options.webmail.title': 'Gmail og Outlook',
  'options.webmail.autoLog': 'Registrer samtaler med kjente kontaktpersoner automatisk',
  'options.webmail.autoLogHint': 'Når du åpner en samtale, registreres den nyeste meldingen på personene Fjord kjenner.',
  'options.webmail.neverLog': 'Registrer aldri',
  'options.webmail.neverLogHint': 'Adresser eller domener, én per linje: samtaler med dem blir aldri registrert.',
  'options.webmail.neverLogError': 'Registrer aldri: {errors}',
  'options.webmail.ownAddresses': 'Mine andre adresser',
  'options.webmail.ownAddressesHint': 'Vises ikke i sidepanelet, akkurat som adressen du logger inn i Fjord med.',
  'options.webmail.ownAddressesError': 'Mine andre adresser: {errors}',
  'options.webmail.saved': 'Lagret',
  'options.webmail.rule.notAddress': '«{text}» er ikke en e-postadresse',
  'options.webmail.rule.notAddressOrDomain': '«{text}» er verken en e-postadresse eller et domene',
} satisfies Record<keyof typeof en, string>;
