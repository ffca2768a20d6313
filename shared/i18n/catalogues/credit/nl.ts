import type en from './en';

export default {
  'credit.title': 'Krediet',
  'credit.notSetUpHere': '{names} is hier nog niet ingesteld; een beheerder kan het instellen bij Instellingen.',
  'credit.risk':
    '{ratingClass, select, A {zeer laag risico} B {laag risico} C {gemiddeld risico} D {hoog risico} E {zeer hoog risico} other {niet beoordeeld}}',
  'credit.score': 'kredietscore {score}',
  'credit.limit': 'kredietlimiet {limit}',
  'credit.ratedOn': 'Beoordeeld op {date}',
  'credit.flag':
    '{flag, select, bankrupt {failliet} dissolving {in liquidatie} forcedDissolution {in gedwongen ontbinding} deleted {uitgeschreven uit het register} notVatRegistered {niet btw-geregistreerd} notEmployerRegistered {niet als werkgever geregistreerd} other {{flag}}}',
  'credit.notRated': 'Nog niet beoordeeld.',
  'credit.monitored': 'Bewaakt door {provider}: volgende controle {next}',
  'credit.lastCheckFailed': 'laatste controle mislukt: {error}',
  'credit.stop': 'Stoppen',
  'credit.provider': 'Aanbieder van kredietbeoordeling',
  'credit.rating': 'Beoordelen…',
  'credit.rateAgain': 'Opnieuw beoordelen',
  'credit.rateAndMonitor': 'Beoordelen en bewaken',
  'credit.trend.label': 'Kredietbeoordeling door de tijd',
  'credit.trend.publicSignals': 'Openbare signalen',
  'credit.change.rating': 'kredietwaardering {from} → {to}',
  'credit.change.score': 'kredietscore {from} → {to}',
  'credit.change.limit': 'kredietlimiet {from} → {to}',
  'credit.change.flagOn': 'nu {flag}',
  'credit.change.flagOff': 'niet meer {flag}',
} satisfies Record<keyof typeof en, string>;
