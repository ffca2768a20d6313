import type { CustomFields } from '../entities/custom-fields';
import { IsoDateSchema } from '../entities/company-summaries';
import type { CustomField } from '../entities/custom-field';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `value` does not fit the field, or null when it does (null always fits: the field is cleared). */
export function customValueProblem(field: Pick<CustomField, 'type' | 'options'>, value: unknown): string | null {
  if (value === null) return null;
  const listed = (v: string) => field.options.length === 0 || field.options.includes(v);
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be yes or no';
    case 'date':
      return typeof value === 'string' && IsoDateSchema.safeParse(value).success ? null : 'must be a date as YYYY-MM-DD';
    case 'choice':
      return typeof value === 'string' && listed(value) ? null : `must be one of: ${field.options.join(', ')}`;
    case 'multiChoice':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && listed(v))
        ? null
        : `must be a list of: ${field.options.join(', ')}`;
  }
}

/**
 * Values stored under a field definition's id must fit its type. Free-form keys (not an id) and
 * values that did not change pass, so a later change to a definition never locks a record.
 */
export async function checkCustomFieldValues(
  store: MutationStore,
  entity: 'company' | 'contact',
  values: CustomFields,
  current: CustomFields = {},
) {
  for (const [key, value] of Object.entries(values)) {
    if (!UUID.test(key) || JSON.stringify(current[key]) === JSON.stringify(value)) continue;
    const field = await store.get('customField', key);
    if (!field || field.deletedAt !== null) continue;
    if (field.entity !== entity)
      throw new MutationError('invalid', `"${field.label}" is a field of ${field.entity}s`, 'customFields');
    const problem = customValueProblem(field, value);
    if (problem) throw new MutationError('invalid', `"${field.label}" ${problem}`, 'customFields');
  }
}
