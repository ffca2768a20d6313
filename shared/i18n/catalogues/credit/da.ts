import type en from './en';

export default {
  'credit.title': 'Kredit',
  'credit.notSetUpHere': '{names} er ikke sat op her endnu; en administrator kan sætte det op under Indstillinger.',
  'credit.risk':
    '{ratingClass, select, A {meget lav risiko} B {lav risiko} C {moderat risiko} D {høj risiko} E {meget høj risiko} other {ikke vurderet}}',
  'credit.score': 'kreditscore {score}',
  'credit.limit': 'kreditgrænse {limit}',
  'credit.ratedOn': 'Vurderet {date}',
  'credit.flag':
    '{flag, select, bankrupt {konkurs} dissolving {under likvidation} forcedDissolution {under tvangsopløsning} deleted {slettet fra registret} notVatRegistered {ikke momsregistreret} notEmployerRegistered {ikke registreret som arbejdsgiver} other {{flag}}}',
  'credit.notRated': 'Ikke vurderet endnu.',
  'credit.monitored': 'Overvåges af {provider}: næste kontrol {next}',
  'credit.lastCheckFailed': 'seneste kontrol mislykkedes: {error}',
  'credit.stop': 'Afbryd',
  'credit.provider': 'Udbyder af kreditvurdering',
  'credit.rating': 'Vurderer…',
  'credit.rateAgain': 'Vurder igen',
  'credit.rateAndMonitor': 'Vurder og overvåg',
  'credit.trend.label': 'Kreditvurdering over tid',
  'credit.trend.publicSignals': 'Offentlige signaler',
  'credit.change.rating': 'kreditvurdering {from} → {to}',
  'credit.change.score': 'kreditscore {from} → {to}',
  'credit.change.limit': 'kreditgrænse {from} → {to}',
  'credit.change.flagOn': 'nu {flag}',
  'credit.change.flagOff': 'ikke længere {flag}',
} satisfies Record<keyof typeof en, string>;
