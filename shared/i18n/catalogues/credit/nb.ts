import type en from './en';

export default {
  'credit.title': 'Kreditt',
  'credit.notSetUpHere': '{names} er ikke satt opp her ennå; en administrator kan sette det opp i Innstillinger.',
  'credit.risk':
    '{ratingClass, select, A {svært lav risiko} B {lav risiko} C {moderat risiko} D {høy risiko} E {svært høy risiko} other {ikke vurdert}}',
  'credit.score': 'kredittscore {score}',
  'credit.limit': 'kredittgrense {limit}',
  'credit.ratedOn': 'Vurdert {date}',
  'credit.flag':
    '{flag, select, bankrupt {konkurs} dissolving {under avvikling} forcedDissolution {under tvangsoppløsning} deleted {slettet fra registeret} notVatRegistered {ikke i Merverdiavgiftsregisteret} notEmployerRegistered {ikke registrert som arbeidsgiver} other {{flag}}}',
  'credit.notRated': 'Ikke vurdert ennå.',
  'credit.monitored': 'Overvåkes av {provider}: neste kontroll {next}',
  'credit.lastCheckFailed': 'siste kontroll mislyktes: {error}',
  'credit.stop': 'Stopp',
  'credit.provider': 'Leverandør av kredittvurdering',
  'credit.rating': 'Vurderer…',
  'credit.rateAgain': 'Vurder på nytt',
  'credit.rateAndMonitor': 'Vurder og overvåk',
  'credit.trend.label': 'Kredittvurdering over tid',
  'credit.trend.publicSignals': 'Offentlige signaler',
  'credit.change.rating': 'kredittvurdering {from} → {to}',
  'credit.change.score': 'kredittscore {from} → {to}',
  'credit.change.limit': 'kredittgrense {from} → {to}',
  'credit.change.flagOn': 'nå {flag}',
  'credit.change.flagOff': 'ikke lenger {flag}',
} satisfies Record<keyof typeof en, string>;
