import type en from './en';

export default {
  'options.title': 'Fjord CRM – inställningar',
  'options.signIn': 'Logga in',
  'options.signedIn': 'Inloggad som {email} i {workspace} på {server}',
  'options.syncNow': 'Synkronisera nu',
  'options.openDashboard': 'Öppna instrumentpanelen',
  'options.webmail.title': 'Gmail och Outlook',
  'options.webmail.autoLog': 'Registrera konversationer med kända kontaktpersoner automatiskt',
  'options.webmail.autoLogHint':
    'När du öppnar en konversation registreras det senaste meddelandet på de personer som Fjord känner till.',
  'options.webmail.neverLog': 'Registrera aldrig',
  'options.webmail.neverLogHint': 'Adresser eller domäner, en per rad: konversationer med dem registreras aldrig.',
  'options.webmail.neverLogError': 'Registrera aldrig: {errors}',
  'options.webmail.ownAddresses': 'Mina andra adresser',
  'options.webmail.ownAddressesHint': 'Visas inte i sidopanelen, precis som adressen du loggar in i Fjord med.',
  'options.webmail.ownAddressesError': 'Mina andra adresser: {errors}',
  'options.webmail.saved': 'Sparat',
  'options.webmail.rule.notAddress': '”{text}” är inte en e-postadress',
  'options.webmail.rule.notAddressOrDomain': '”{text}” är varken en e-postadress eller en domän',
} satisfies Record<keyof typeof en, string>;
