import type { CustomField, CustomFieldFields } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import type { Lookups } from '../records/use-lookups';

type Entity = CustomFieldFields['entity'];
type Section = CustomFieldFields['section'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Typed values are stored under the definition's id; anything else is a free-form key. */
export const isFieldId = (key: string) => UUID.test(key);

/** The live definitions of an entity (one section or both), in the order the admin set. */
export function entityFields(lookups: Pick<Lookups, 'customFields'>, entity: Entity, section?: Section): CustomField[] {
  return lookups.customFields
    .filter((f) => f.entity === entity && (!section || f.section === section))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label));
}

export function fieldById(lookups: Pick<Lookups, 'customFields'>, id: string): CustomField | undefined {
  return lookups.customFields.find((f) => f.id === id);
}

/** A record's values sorted into the entity's typed fields, free-form keys, and values of deleted fields. */
export function splitCustomFields(values: CustomFields, fields: CustomField[]) {
  const known = new Set(fields.map((f) => f.id));
  const free: [string, CustomFields[string]][] = [];
  const orphaned: CustomFields = {};
  for (const [key, value] of Object.entries(values)) {
    if (known.has(key)) continue;
    if (isFieldId(key)) orphaned[key] = value;
    else free.push([key, value]);
  }
  return { free, orphaned };
}

/** A `cf.<id>` filter's field label ("Tier"), or undefined for a key that is not a live field. */
export function customFilterField(lookups: Pick<Lookups, 'customFields'>, key: string): CustomField | undefined {
  return key.startsWith('cf.') ? fieldById(lookups, key.slice(3)) : undefined;
}
