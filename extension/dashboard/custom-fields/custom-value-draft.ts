import type { CustomField } from '../../../shared/entities/custom-field';
import { customValueError } from '../../../shared/mutations/custom-field-values';
import { errorText } from '../../../shared/mutations/error-text';
import { currentI18n } from '../../ui/i18n/use-i18n';
import type { CustomValue } from './custom-value-format';
import { parseNumber } from '../ui/money';

/**
 * A typed field's value as a form holds it: text as typed; yes/no as '' | 'true' | 'false';
 * the ticked choices of a multi-choice field (or its comma-separated text when it has no choices).
 */
export type CustomValueDraft = string | string[];
export type TypedDraft = { field: CustomField; value: CustomValueDraft };

const ticks = (field: Pick<CustomField, 'type' | 'options'>) => field.type === 'multiChoice' && field.options.length > 0;

export function valueDraft(field: Pick<CustomField, 'type' | 'options'>, value: CustomValue | undefined): CustomValueDraft {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  if (ticks(field)) return list;
  if (field.type === 'multiChoice') return list.join(', ');
  if (field.type === 'boolean') return typeof value === 'boolean' ? String(value) : '';
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** What the form holds as the value to store (null clears it), and why it does not fit the field. */
export function draftValue(
  field: Pick<CustomField, 'type' | 'options'>,
  draft: CustomValueDraft,
): { value: CustomValue; problem: string | null } {
  let value: CustomValue;
  if (Array.isArray(draft)) value = draft.length > 0 ? draft : null;
  else if (!draft.trim()) value = null;
  else if (field.type === 'multiChoice')
    value = draft
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else if (field.type === 'boolean') value = draft === 'true';
  else if (field.type === 'number') {
    const n = parseNumber(draft);
    if (n === null) return { value: draft, problem: currentI18n().t('customFields.mustBeNumber') };
    value = n;
  } else value = draft.trim();
  const error = customValueError(field, value);
  return { value, problem: error && errorText(currentI18n().t, error) };
}

/**
 * The typed values as `customFields` entries (cleared ones left out, so an untouched form sends
 * what it loaded) and the problems by `cf.<id>`, the key the form shows them under. As on the
 * server, a value that did not change passes: a choice removed later must not lock the record.
 */
export function typedPayload(
  drafts: TypedDraft[],
  before: Record<string, CustomValue> = {},
): { values: Record<string, CustomValue>; problems: Record<string, string> } {
  const values: Record<string, CustomValue> = {};
  const problems: Record<string, string> = {};
  for (const { field, value: draft } of drafts) {
    const { value, problem } = draftValue(field, draft);
    if (problem && JSON.stringify(value) !== JSON.stringify(before[field.id] ?? null)) problems[`cf.${field.id}`] = problem;
    else if (value !== null) values[field.id] = value;
  }
  return { values, problems };
}
