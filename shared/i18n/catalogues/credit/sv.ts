import type en from './en';

export default {
  'credit.title': 'Kredit',
  'credit.notSetUpHere': '{names} är inte inställt här än; en administratör kan ställa in det under Inställningar.',
  'credit.risk':
    '{ratingClass, select, A {mycket låg risk} B {låg risk} C {måttlig risk} D {hög risk} E {mycket hög risk} other {ej bedömd}}',
  'credit.score': 'poäng {score}',
  'credit.limit': 'kreditgräns {limit}',
  'credit.ratedOn': 'Bedömd {date}',
  'credit.flag':
    '{flag, select, bankrupt {i konkurs} dissolving {i likvidation} forcedDissolution {under tvångslikvidation} deleted {avregistrerat} notVatRegistered {inte momsregistrerat} notEmployerRegistered {inte registrerat som arbetsgivare} other {{flag}}}',
  'credit.notRated': 'Inte bedömt än.',
  'credit.monitored': 'Bevakas av {provider}: nästa kontroll {next}',
  'credit.lastCheckFailed': 'senaste kontrollen misslyckades: {error}',
  'credit.stop': 'Stoppa',
  'credit.provider': 'Leverantör av kreditbetyg',
  'credit.rating': 'Bedömer…',
  'credit.rateAgain': 'Bedöm igen',
  'credit.rateAndMonitor': 'Bedöm och bevaka',
  'credit.trend.label': 'Kreditbetyg över tid',
  'credit.trend.publicSignals': 'Offentliga signaler',
  'credit.change.rating': 'kreditbetyg {from} → {to}',
  'credit.change.score': 'poäng {from} → {to}',
  'credit.change.limit': 'kreditgräns {from} → {to}',
  'credit.change.flagOn': 'nu {flag}',
  'credit.change.flagOff': 'inte längre {flag}',
} satisfies Record<keyof typeof en, string>;
