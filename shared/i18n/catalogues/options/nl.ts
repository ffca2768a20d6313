import type en from './en';

export default {
  'options.title': 'Fjord CRM – instellingen',
  'options.signIn': 'Aanmelden',
  'options.signedIn': 'Aangemeld als {email} bij {workspace} op {server}',
  'options.syncNow': 'Nu synchroniseren',
  'options.openDashboard': 'Dashboard openen',
  'options.webmail.title': 'Gmail en Outlook',
  'options.webmail.autoLog': 'Conversaties met bekende contactpersonen automatisch vastleggen',
  'options.webmail.autoLogHint':
    'Als je een conversatie opent, wordt het nieuwste bericht vastgelegd bij de personen die Fjord kent.',
  'options.webmail.neverLog': 'Nooit vastleggen',
  'options.webmail.neverLogHint': 'Adressen of domeinen, één per regel: conversaties met hen worden nooit vastgelegd.',
  'options.webmail.neverLogError': 'Nooit vastleggen: {errors}',
  'options.webmail.ownAddresses': 'Mijn andere adressen',
  'options.webmail.ownAddressesHint': 'Niet getoond in de zijbalk, net als het adres waarmee je je bij Fjord aanmeldt.',
  'options.webmail.ownAddressesError': 'Mijn andere adressen: {errors}',
  'options.webmail.saved': 'Opgeslagen',
  'options.webmail.rule.notAddress': '"{text}" is geen e-mailadres',
  'options.webmail.rule.notAddressOrDomain': '"{text}" is geen e-mailadres en geen domein',
} satisfies Record<keyof typeof en, string>;
