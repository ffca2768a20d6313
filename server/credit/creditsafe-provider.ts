import { z } from 'zod';
import { CREDIT_PROVIDER_NAMES, type CreditRating } from '../../shared/credit/credit-rating';
import type { Wording } from '../i18n/wording';
import { fetchRegisterJson, type RegisterRequest } from '../registers/register-http';
import { RegisterError } from '../registers/register-provider';
import { CreditError, type CallOptions, type CreditProvider, type RatedCompany } from './credit-provider';

export const CREDITSAFE_DEFAULT_URL = 'https://connect.creditsafe.com/v1';

const TokenSchema = z.object({ token: z.string().min(1) });
const SearchSchema = z.object({
  companies: z.array(z.object({ id: z.string(), regNo: z.string().nullish(), name: z.string().nullish() })).default([]),
});
const Money = z.object({ value: z.union([z.string(), z.number()]).nullish(), currency: z.string().nullish() }).nullish();
const ReportSchema = z.object({
  report: z.object({
    creditScore: z
      .object({
        currentCreditRating: z
          .object({
            commonValue: z.string().nullish(),
            commonDescription: z.string().nullish(),
            creditLimit: Money,
            providerValue: z.object({ value: z.union([z.string(), z.number()]).nullish() }).nullish(),
          })
          .nullish(),
        latestRatingChangeDate: z.string().nullish(),
      })
      .nullish(),
    companySummary: z.object({ companyStatus: z.object({ status: z.string().nullish() }).nullish() }).nullish(),
  }),
});

/** Creditsafe hands out tokens for an hour; renew a little before. */
const TOKEN_MS = 55 * 60_000;

/**
 * Creditsafe's Connect API: sign in for a token, find the company's connectId by country and
 * registration number, read the credit score of its report. Common rating A–E (E very high risk,
 * X not rated), the provider's 0–100 score, the recommended credit limit.
 */
export class CreditsafeProvider implements CreditProvider {
  readonly id = 'creditsafe' as const;
  readonly name = CREDIT_PROVIDER_NAMES.creditsafe;
  readonly unavailable: Wording | null;
  private token: { value: string; until: number } | null = null;

  constructor(
    private readonly credentials: { username: string; password: string } | undefined,
    readonly callsPerWindow: number,
    private readonly baseUrl = CREDITSAFE_DEFAULT_URL,
  ) {
    this.unavailable = credentials
      ? null
      : {
          key: 'errors.credit.needsContract',
          values: { name: this.name, userVariable: 'CREDITSAFE_USERNAME', passwordVariable: 'CREDITSAFE_PASSWORD' },
        };
  }

  async rate(company: RatedCompany, options: CallOptions): Promise<CreditRating | null> {
    if (this.unavailable) throw new CreditError(this.name, 'missingKey', this.unavailable);
    if (!company.orgNumber || !company.country)
      throw new CreditError(this.name, 'unsupported', {
        key: 'errors.credit.needsCountryAndNumber',
        values: { name: this.name },
      });
    const query = new URLSearchParams({ countries: company.country, regNo: company.orgNumber });
    const found = await this.get(`/companies?${query}`, SearchSchema, options, [404]);
    const match = found?.companies[0];
    if (!match) return null;
    const answer = await this.get(`/companies/${encodeURIComponent(match.id)}`, ReportSchema, options, [404]);
    if (!answer) return null;
    const current = answer.report.creditScore?.currentCreditRating;
    const status = answer.report.companySummary?.companyStatus?.status?.toLowerCase() ?? '';
    const score = Number(current?.providerValue?.value);
    const limit = Number(current?.creditLimit?.value);
    return {
      provider: 'creditsafe',
      score:
        Number.isFinite(score) && current?.providerValue?.value !== null ? Math.max(0, Math.min(100, Math.round(score))) : null,
      ratingClass: current?.commonValue?.trim() || 'X',
      creditLimit: Number.isFinite(limit) && current?.creditLimit?.value !== null ? Math.round(limit) : null,
      currency: current?.creditLimit?.currency ?? null,
      ratedOn: (answer.report.creditScore?.latestRatingChangeDate ?? new Date().toISOString()).slice(0, 10),
      flags: { inactive: status !== '' && status !== 'active' },
    };
  }

  private async get<T>(path: string, schema: z.ZodType<T>, options: CallOptions, notFound: number[] = []): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.signIn(options);
      try {
        return await this.call(
          { url: `${this.baseUrl}${path}`, headers: { authorization: `Bearer ${token}` }, notFound, signal: options.signal },
          schema,
          options,
        );
      } catch (err) {
        // An expired token is refused: sign in again once.
        if (err instanceof CreditError && err.kind === 'refused' && attempt === 0) {
          this.token = null;
          continue;
        }
        throw err;
      }
    }
  }

  private async signIn(options: CallOptions): Promise<string> {
    if (this.token && Date.now() < this.token.until) return this.token.value;
    const answer = await this.call(
      {
        url: `${this.baseUrl}/authenticate`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.credentials),
        signal: options.signal,
      },
      TokenSchema,
      options,
    );
    this.token = { value: answer!.token, until: Date.now() + TOKEN_MS };
    return this.token.value;
  }

  private async call<T>(
    request: Omit<RegisterRequest, 'register'>,
    schema: z.ZodType<T>,
    options: CallOptions,
  ): Promise<T | null> {
    await options.take();
    try {
      return await fetchRegisterJson({ ...request, register: this.name, credential: 'signIn', timeoutMs: 20_000 }, schema);
    } catch (err) {
      if (err instanceof RegisterError) {
        const kind = err.kind === 'missingKey' || err.kind === 'rateLimited' ? 'down' : err.kind;
        throw new CreditError(this.name, kind, err.wording);
      }
      throw err;
    }
  }
}
