import type { z } from 'zod';
import { zodBuiltInText } from '../../../shared/i18n/zod-issue-text';
import { isErrorKey } from '../../../shared/mutations/error-text';
import type { Issue } from '../companies/form/company-draft';
import { currentI18n } from '../../ui/i18n/use-i18n';

/**
 * Every problem the server's own schema finds in a request body, worded as the server would word
 * it, so a form can show them all at once, beside their fields, before a round trip.
 */
export function schemaIssues(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  const { t, language } = currentI18n();
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((step): step is string | number => typeof step !== 'symbol'),
    message: isErrorKey(issue.message) ? t(issue.message) : zodBuiltInText(language, issue, input),
  }));
}

/** The issues of both lists, one per field path: what the form found itself comes first. */
export function mergeIssues(first: Issue[], second: Issue[]): Issue[] {
  const seen = new Set(first.map((i) => i.path.join('.')));
  return [...first, ...second.filter((i) => !seen.has(i.path.join('.')))];
}
