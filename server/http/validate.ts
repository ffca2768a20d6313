import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError } from './app-error';

/** `zValidator` that fails with a 400 in the project's error shape, naming every bad field. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(result.error);
  });
}

export function invalidInput(error: { issues: z.core.$ZodIssue[] }, prefix: (string | number)[] = []): AppError {
  const issues = error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return new AppError(400, 'invalid', `Invalid input: ${where}${first?.message ?? 'rejected'}`, issues);
}
