import { z } from 'zod';
import type { Formats } from '../i18n/formats';
import type { I18n } from '../i18n/i18n';

export const CREDIT_PROVIDERS = ['creditsafe', 'publicSignals'] as const;
export const CreditProviderIdSchema = z.enum(CREDIT_PROVIDERS);
export type CreditProviderId = z.infer<typeof CreditProviderIdSchema>;

export const CREDIT_PROVIDER_NAMES: Record<CreditProviderId, string> = {
  creditsafe: 'Creditsafe',
  publicSignals: 'Public register signals',
};

/** What a provider says about a company at one moment. */
export const CreditRatingSchema = z.object({
  provider: CreditProviderIdSchema,
  /** 0–100, higher is safer; null when the provider gives none. */
  score: z.number().int().min(0).max(100).nullable(),
  /** A (very low risk) to E (very high risk); the public signals use the same scale. */
  ratingClass: z.string().min(1).max(20),
  creditLimit: z.number().int().nullable(),
  currency: z.string().length(3).nullable(),
  /** ISO date the provider dated it. */
  ratedOn: z.string(),
  flags: z.record(z.string(), z.boolean()),
});
export type CreditRating = z.infer<typeof CreditRatingSchema>;

/** A stored rating: one row of the company's trend. */
export const CreditRatingEntrySchema = CreditRatingSchema.extend({
  id: z.string(),
  /** What changed against the previous rating, in words; null for the first. */
  change: z.string().nullable(),
  fetchedAt: z.number(),
});
export type CreditRatingEntry = z.infer<typeof CreditRatingEntrySchema>;

/**
 * What changed between two ratings of a company, in `i18n`'s words for a notification or a trend
 * line, or null when nothing a user cares about did (the date alone moving is no news).
 */
export function ratingChange(before: CreditRating | null, after: CreditRating, { t, f }: I18n): string | null {
  if (!before) return null;
  const parts: string[] = [];
  if (before.ratingClass !== after.ratingClass)
    parts.push(t('credit.change.rating', { from: before.ratingClass, to: after.ratingClass }));
  if (before.score !== after.score && (before.score !== null || after.score !== null))
    parts.push(t('credit.change.score', { from: before.score ?? '–', to: after.score ?? '–' }));
  if (before.creditLimit !== after.creditLimit)
    parts.push(t('credit.change.limit', { from: limit(f, before), to: limit(f, after) }));
  for (const flag of Object.keys({ ...before.flags, ...after.flags }).sort()) {
    const was = before.flags[flag] ?? false;
    const is = after.flags[flag] ?? false;
    if (was !== is) parts.push(t(is ? 'credit.change.flagOn' : 'credit.change.flagOff', { flag: t('credit.flag', { flag }) }));
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Flags that turned on between two ratings: each is news of its own (a bankruptcy above all). */
export function newFlags(before: CreditRating | null, after: CreditRating): string[] {
  return Object.entries(after.flags)
    .filter(([flag, on]) => on && !(before?.flags[flag] ?? false))
    .map(([flag]) => flag)
    .sort();
}

function limit(f: Formats, { creditLimit, currency }: CreditRating): string {
  return creditLimit === null ? '–' : `${f.integer(creditLimit)}${currency ? ` ${currency}` : ''}`;
}
