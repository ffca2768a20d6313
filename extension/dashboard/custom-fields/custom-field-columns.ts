import type { CustomFieldFields } from '../../../shared/entities/custom-field';
import { entityFields } from './custom-field-defs';
import type { ListColumn } from '../records/list-columns';
import type { Lookups } from '../records/use-lookups';

/** One optional column per custom field of the entity (`cf.<id>`), for the list, CSV and Excel alike. */
export function customFieldColumns(lookups: Lookups | null, entity: CustomFieldFields['entity']): ListColumn[] {
  if (!lookups) return [];
  return entityFields(lookups, entity).map((field) => ({
    key: `cf.${field.id}`,
    label: field.label,
    numeric: field.type === 'number',
    cell: { customField: field.id },
  }));
}
