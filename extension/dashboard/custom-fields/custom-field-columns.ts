import type { CustomFieldFields } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import { entityFields } from './custom-field-defs';
import { customCellValue } from './custom-value-format';
import type { ListColumn } from '../records/list-columns';
import type { Lookups } from '../records/use-lookups';

/** One optional column per custom field of the entity (`cf.<id>`), for the list, CSV and Excel alike. */
export function customFieldColumns<T extends { customFields: CustomFields }, K extends string>(
  lookups: Lookups | null,
  entity: CustomFieldFields['entity'],
): ListColumn<T, K>[] {
  if (!lookups) return [];
  return entityFields(lookups, entity).map((field) => ({
    key: `cf.${field.id}`,
    label: field.label,
    numeric: field.type === 'number',
    value: (row) => customCellValue(field, row.customFields[field.id]),
  }));
}
