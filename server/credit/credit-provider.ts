import type { CreditProviderId, CreditRating } from '../../shared/credit/credit-rating';
import type { ErrorText } from '../../shared/mutations/error-text';
import { i18nFor } from '../i18n/server-i18n';
import { inLanguage, type Wording } from '../i18n/wording';

/**
 * How a rating may reach the provider: `take` waits for the provider's call budget and must be
 * awaited before every request the adapter sends (a bureau counts requests, not ratings).
 */
export type CallOptions = { signal?: AbortSignal; take: () => Promise<void> };

/** The company a provider is asked about. */
export type RatedCompany = { country: string | null; orgNumber: string | null; name: string };

/**
 * A credit bureau (or the registers' own public flags) behind one interface: rate a company now.
 * Failures are `CreditError`s whose wording names the provider and is meant for the user.
 */
export interface CreditProvider {
  readonly id: CreditProviderId;
  readonly name: string;
  /** Why it cannot be asked (no contract or key configured), or null. */
  readonly unavailable: Wording | null;
  /** Calls this server may make per rate window (a minute unless configured). */
  readonly callsPerWindow: number;
  /** Null when the provider does not know the company. */
  rate(company: RatedCompany, call: CallOptions): Promise<CreditRating | null>;
}

export type CreditFailureKind = 'missingKey' | 'unsupported' | 'down' | 'refused' | 'malformed' | 'notFound';

/** Answered in the reader's language; `message` is the English, for logs and a monitor's stored last error. */
export class CreditError extends Error {
  constructor(
    readonly provider: string,
    readonly kind: CreditFailureKind,
    readonly wording: Wording,
  ) {
    super(inLanguage(i18nFor('en'), wording));
    this.name = 'CreditError';
  }
}

/** A provider this server has no adapter for. */
export const creditNotSetUp = (name: string): ErrorText => ({ key: 'errors.credit.notSetUp', values: { name } });
