import type { z } from 'zod';
import { isErrorKey } from '../../shared/mutations/error-text';
import { zodBuiltInText } from '../../shared/i18n/zod-issue-text';
import type { Wording } from './wording';

/**
 * An issue's message in the reader's language. A schema's own message is an errors key; any other
 * is zod's English, worded again by zod's locale for the language from the issue and the value
 * it was about (`input`, the value the schema parsed).
 */
export function zodIssueWording(issue: z.core.$ZodIssue, input: unknown): Wording {
  if (isErrorKey(issue.message)) return { key: issue.message };
  return ({ language }) => zodBuiltInText(language, issue, input);
}
