import { z } from 'zod';
import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import { validateUkCompanyNumber } from '../../../shared/org-number/united-kingdom';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import type { Wording } from '../../i18n/wording';
import { fetchRegisterJson } from '../register-http';
import { RegisterError, registerNotSetUp, type RegisterProvider } from '../register-provider';
import {
  ChCompanyProfileSchema,
  ChEstablishmentSchema,
  ChSearchItemSchema,
  chEstablishmentToRegisterCompany,
  chProfileToRegisterCompany,
  chSearchItemToRegisterCompany,
  ukCompanyNumber,
} from './companies-house-company';

export const COMPANIES_HOUSE_DEFAULT_URL = 'https://api.company-information.service.gov.uk';

const SearchPage = z.object({ items: z.array(ChSearchItemSchema).nullish() });
const EstablishmentsPage = z.object({ items: z.array(ChEstablishmentSchema).nullish() });

/**
 * Companies House's Public Data API. Free, but every request needs a key (600 requests per five
 * minutes per key), sent as the Basic auth user name with an empty password.
 */
export class CompaniesHouseProvider implements RegisterProvider {
  readonly country = 'GB' as const;
  readonly name = REGISTER_NAMES.GB;
  readonly unavailable: Wording | null;
  readonly searchesByName = true;
  private readonly authorization: string | null;

  constructor(
    apiKey: string | undefined,
    private readonly baseUrl = COMPANIES_HOUSE_DEFAULT_URL,
  ) {
    this.unavailable = apiKey
      ? null
      : {
          key: 'errors.registers.needsKey',
          values: {
            register: this.name,
            variable: 'COMPANIES_HOUSE_API_KEY',
            site: 'developer.company-information.service.gov.uk',
          },
        };
    this.authorization = apiKey ? `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}` : null;
  }

  async search(query: string, { limit, signal }: { limit: number; signal?: AbortSignal }): Promise<RegisterCompany[]> {
    const compact = compactOrgNumber(query);
    // Only the full 8 characters: a short all-digit query is more likely a name ("1851 Trust").
    if (compact.length === 8 && validateUkCompanyNumber(compact).valid) {
      const company = await this.lookup(compact, signal);
      return company ? [company] : [];
    }
    if (limit < 1) return [];
    const size = Math.min(limit, 100);
    const url = `${this.baseUrl}/search/companies?q=${encodeURIComponent(query)}&items_per_page=${size}`;
    const page = await this.get(url, SearchPage, signal);
    return (page?.items ?? []).slice(0, size).map(chSearchItemToRegisterCompany);
  }

  async lookup(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany | null> {
    const number = ukCompanyNumber(orgNumber);
    const profile = await this.get(`${this.baseUrl}/company/${encodeURIComponent(number)}`, ChCompanyProfileSchema, signal);
    return profile ? chProfileToRegisterCompany(profile) : null;
  }

  /** UK establishments, which only overseas companies have; everyone else gets a 404, so []. */
  async departments(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany[]> {
    const number = ukCompanyNumber(orgNumber);
    const url = `${this.baseUrl}/company/${encodeURIComponent(number)}/uk-establishments`;
    const page = await this.get(url, EstablishmentsPage, signal);
    return (page?.items ?? []).map((item) => chEstablishmentToRegisterCompany(item, number)).filter((u) => u.status === 'active');
  }

  private get<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal | undefined): Promise<T | null> {
    if (!this.authorization) throw new RegisterError(this.name, 'missingKey', this.unavailable ?? registerNotSetUp(this.name));
    return fetchRegisterJson(
      { register: this.name, url, headers: { authorization: this.authorization }, signal, notFound: [404] },
      schema,
    );
  }
}
