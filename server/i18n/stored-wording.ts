import type { I18n } from '../../shared/i18n/i18n';
import { errorText, isErrorKey, type ErrorText } from '../../shared/mutations/error-text';

/**
 * A failure kept in a text column (a monitor's or a feed's last error) until someone reads it,
 * possibly in another language than the job's. Catalogue wordings (one, or one per part of an
 * AggregateError) are stored as keys and values, so each reader gets them in their own words;
 * anything else is stored as it was said.
 */
const PREFIX = 'wording:';

export function storedFailure(err: unknown): string {
  const parts = err instanceof AggregateError ? err.errors : [err];
  const wordings = parts.map((part: unknown) => (part as { wording?: unknown } | null)?.wording);
  if (wordings.length > 0 && wordings.every(isErrorText)) return PREFIX + JSON.stringify(wordings);
  return err instanceof Error ? err.message : String(err);
}

export function readStoredFailure(i18n: I18n, stored: string | null): string | null {
  if (stored === null || !stored.startsWith(PREFIX)) return stored;
  try {
    const wordings: unknown = JSON.parse(stored.slice(PREFIX.length));
    if (Array.isArray(wordings) && wordings.every(isErrorText)) return wordings.map((w) => errorText(i18n.t, w)).join(' ');
  } catch {
    // A row written by hand or cut short: shown as stored rather than lost.
  }
  return stored;
}

function isErrorText(value: unknown): value is ErrorText {
  if (typeof value !== 'object' || value === null) return false;
  const { key, values } = value as { key?: unknown; values?: unknown };
  if (typeof key !== 'string' || !isErrorKey(key)) return false;
  if (values === undefined) return true;
  if (typeof values !== 'object' || values === null) return false;
  return Object.values(values).every((v) => typeof v === 'string' || typeof v === 'number' || isErrorText(v));
}
