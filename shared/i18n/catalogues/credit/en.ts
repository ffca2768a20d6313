/** credit: the English text, the reference every other catalogue of this feature must match key for key. */
export default {
  'credit.title': 'Credit',
  'credit.notSetUpHere': "{names} isn't set up here yet; an admin can set it up in Settings.",
  'credit.risk':
    '{ratingClass, select, A {very low risk} B {low risk} C {moderate risk} D {high risk} E {very high risk} other {not rated}}',
  'credit.score': 'score {score}',
  'credit.limit': 'limit {limit}',
  'credit.ratedOn': 'Rated {date}',
  'credit.flag':
    '{flag, select, bankrupt {bankrupt} dissolving {in liquidation} forcedDissolution {under compulsory dissolution} deleted {deleted from the register} notVatRegistered {not in the VAT register} notEmployerRegistered {not in the employer register} other {{flag}}}',
  'credit.notRated': 'Not rated yet.',
  'credit.monitored': 'Monitored by {provider}: next check {next}',
  'credit.lastCheckFailed': 'last check failed: {error}',
  'credit.stop': 'Stop',
  'credit.provider': 'Credit provider',
  'credit.rating': 'Rating…',
  'credit.rateAgain': 'Rate again',
  'credit.rateAndMonitor': 'Rate and monitor',
  'credit.trend.label': 'Credit rating over time',
  'credit.trend.publicSignals': 'Public signals',
  'credit.change.rating': 'rating {from} → {to}',
  'credit.change.score': 'score {from} → {to}',
  'credit.change.limit': 'credit limit {from} → {to}',
  'credit.change.flagOn': 'now {flag}',
  'credit.change.flagOff': 'no longer {flag}',
};
