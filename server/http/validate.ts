import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { zodIssueWording } from '../i18n/zod-issue-wording';
import { inLanguage } from '../i18n/wording';
import { AppError, type ErrorIssue } from './app-error';

/** `zValidator` that fails with a 400 in the project's error shape, naming every bad field. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(result.error, result.data);
  });
}

/** The issues of parsing `input`, each at its path under `prefix`. */
export function inputIssues(error: { issues: z.core.$ZodIssue[] }, input: unknown, prefix: (string | number)[] = []) {
  return error.issues.map((i): ErrorIssue => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: zodIssueWording(i, input),
  }));
}

/** A 400 for `input` that failed its schema, summed up by its first issue. */
export function invalidInput(error: { issues: z.core.$ZodIssue[] }, input: unknown, prefix: (string | number)[] = []) {
  return invalidIssues('errors.input.invalid', inputIssues(error, input, prefix));
}

/** A 400 naming every issue, summed up (`Invalid input: name: is required`) by the first. */
export function invalidIssues(summary: 'errors.input.invalid' | 'errors.input.invalidPush', issues: ErrorIssue[]) {
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return new AppError(
    400,
    'invalid',
    (i18n) => i18n.t(summary, { where, problem: first ? inLanguage(i18n, first.message) : i18n.t('errors.input.rejected') }),
    issues,
  );
}
