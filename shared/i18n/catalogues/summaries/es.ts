import type en from './en';

export default {
  'summaries.agreement.title': 'Acuerdos',
  'summaries.agreement.add': 'Añadir acuerdo',
  'summaries.agreement.empty':
    'No hay acuerdos registrados: usa Añadir acuerdo, o deja que tu herramienta de contabilidad o de firma los comunique.',
  'summaries.invoice.title': 'Facturas',
  'summaries.invoice.add': 'Añadir factura',
  'summaries.invoice.empty':
    'No hay facturas registradas: usa Añadir factura, o deja que tu herramienta de contabilidad o de firma las comunique.',
  'summaries.status.draft': 'Borrador',
  'summaries.status.sent': 'Enviado',
  'summaries.status.signed': 'Firmado',
  'summaries.status.cancelled': 'Cancelado',
  'summaries.status.paid': 'Pagada',
  'summaries.status.overdue': 'Vencida',
  'summaries.status.credited': 'Abonada',
  'summaries.field.number': 'Número',
  'summaries.field.title': 'Título',
  'summaries.field.date': 'Fecha',
  'summaries.field.dueDate': 'Fecha de vencimiento',
  'summaries.field.amount': 'Importe',
  'summaries.field.currency': 'Moneda',
  'summaries.field.status': 'Estado',
  'summaries.table.due': 'Vencimiento',
  'summaries.notDeleted': 'No se ha eliminado: {reason}',
  'summaries.confirmDelete': '¿Eliminar {number}?',
  'summaries.issue.notADate': 'no es una fecha válida',
  'summaries.issue.currencyCode': 'debe ser un código ISO 4217, como EUR',
  'summaries.issue.oneOf': 'debe ser uno de estos: {values}',
} satisfies Record<keyof typeof en, string>;
