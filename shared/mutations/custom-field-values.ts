import type { CustomFields } from '../entities/custom-fields';
import { IsoDateSchema } from '../entities/company-summaries';
import type { CustomField } from '../entities/custom-field';
import type { ErrorText } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Field = Pick<CustomField, 'type' | 'options'>;

/** Why `value` does not fit the field, or null when it does (null always fits: the field is cleared). */
export function customValueError(field: Field, value: unknown): ErrorText | null {
  if (value === null) return null;
  const listed = (v: string) => field.options.length === 0 || field.options.includes(v);
  const options = field.options.join(', ');
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : { key: 'errors.customValue.text' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : { key: 'errors.customValue.number' };
    case 'boolean':
      return typeof value === 'boolean' ? null : { key: 'errors.customValue.boolean' };
    case 'date':
      return typeof value === 'string' && IsoDateSchema.safeParse(value).success ? null : { key: 'errors.customValue.date' };
    case 'choice':
      return typeof value === 'string' && listed(value) ? null : { key: 'errors.customValue.choice', values: { options } };
    case 'multiChoice':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && listed(v))
        ? null
        : { key: 'errors.customValue.multiChoice', values: { options } };
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
    const label = field.label;
    if (field.entity !== entity) {
      throw new MutationError(
        'invalid',
        { key: 'errors.customValue.otherEntity', values: { label, entity: field.entity } },
        'customFields',
      );
    }
    const problem = customValueError(field, value);
    if (problem)
      throw new MutationError('invalid', { key: 'errors.customValue.problem', values: { label, problem } }, 'customFields');
  }
}
