import type en from './en';

export default {
  'credit.title': 'Crédito',
  'credit.notSetUpHere': '{names} aún no está configurado aquí; un administrador puede configurarlo en Ajustes.',
  'credit.risk':
    '{ratingClass, select, A {riesgo muy bajo} B {riesgo bajo} C {riesgo moderado} D {riesgo alto} E {riesgo muy alto} other {sin calificar}}',
  'credit.score': 'puntuación {score}',
  'credit.limit': 'límite de crédito {limit}',
  'credit.ratedOn': 'Calificada el {date}',
  'credit.flag':
    '{flag, select, bankrupt {en quiebra} dissolving {en liquidación} forcedDissolution {en disolución forzosa} deleted {dada de baja en el registro} notVatRegistered {sin alta en el registro de IVA} notEmployerRegistered {sin alta como empleador} other {{flag}}}',
  'credit.notRated': 'Aún sin calificar.',
  'credit.monitored': 'Supervisada por {provider}: próxima comprobación {next}',
  'credit.lastCheckFailed': 'la última comprobación falló: {error}',
  'credit.stop': 'Detener',
  'credit.provider': 'Proveedor de calificación crediticia',
  'credit.rating': 'Calificando…',
  'credit.rateAgain': 'Calificar de nuevo',
  'credit.rateAndMonitor': 'Calificar y supervisar',
  'credit.trend.label': 'Calificación crediticia a lo largo del tiempo',
  'credit.trend.publicSignals': 'Señales públicas',
  'credit.change.rating': 'calificación {from} → {to}',
  'credit.change.score': 'puntuación {from} → {to}',
  'credit.change.limit': 'límite de crédito {from} → {to}',
  'credit.change.flagOn': 'ahora {flag}',
  'credit.change.flagOff': 'ya no {flag}',
} satisfies Record<keyof typeof en, string>;
