import type en from './en';

export default {
  'contacts.list.empty':
    'Todavía no hay contactos: usa Importar .vcf para traer una exportación del teléfono o del correo, o añade personas que encuentres en páginas de empresas desde la ventana emergente de la barra de herramientas.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Cualquier empresa',
  'contacts.filter.searchLabel': 'Buscar la empresa en la que trabaja el contacto',
  'contacts.filter.searchPlaceholder': 'Buscar por nombre de empresa, dominio o CIF/NIF',
  'contacts.filter.noMatch': 'Ninguna empresa coincide con «{query}».',
  'contacts.card.exportVcf': 'Exportar .vcf',
  'contacts.card.details': 'Datos',
  'contacts.card.address': 'Dirección',
  'contacts.card.web': 'Sitio web',
  'contacts.card.notLinked': 'No está vinculado a ninguna empresa.',
  'contacts.card.primary': '(principal)',
  'contacts.card.customEmpty': 'Todavía no hay ninguno: los valores personalizados llegan con las importaciones y la API.',
  'contacts.card.timeline': 'Cronología',
} satisfies Record<keyof typeof en, string>;
