import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import { fetchRegisterJson } from '../register-http';
import { RegisterError, type RegisterProvider } from '../register-provider';
import { CvrAnswerSchema, type CvrCompany, cvrProductionUnitToRegisterCompany, cvrToRegisterCompany } from './cvr-company';

export const CVR_DEFAULT_URL = 'https://cvrapi.dk/api';

/**
 * CVR through cvrapi.dk, which answers a search with its single best match. It works without a
 * token at low volume; a token (paid) raises the quota. It refuses requests without a User-Agent
 * naming the project and a contact, hence `contact` (an e-mail address or the server's URL).
 */
export class CvrProvider implements RegisterProvider {
  readonly country = 'DK' as const;
  readonly name = REGISTER_NAMES.DK;
  readonly unavailable = null;
  readonly searchesByName = true;
  private readonly userAgent: string;

  constructor(
    private readonly token: string | undefined,
    private readonly baseUrl = CVR_DEFAULT_URL,
    contact?: string,
  ) {
    this.userAgent = contact ? `Fjord CRM - ${contact}` : 'Fjord CRM';
  }

  async search(query: string, { limit, signal }: { limit: number; signal?: AbortSignal }): Promise<RegisterCompany[]> {
    if (limit < 1 || !query.trim()) return [];
    const vat = cvrNumber(query);
    const company = await this.fetchCompany(vat ? { vat } : { search: query.trim() }, signal);
    return company ? [cvrToRegisterCompany(company)] : [];
  }

  async lookup(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany | null> {
    const vat = cvrNumber(orgNumber);
    const company = vat ? await this.fetchCompany({ vat }, signal) : null;
    return company ? cvrToRegisterCompany(company) : null;
  }

  /** The company's live production units, the main one included: each is a place it works from. */
  async departments(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany[]> {
    const vat = cvrNumber(orgNumber);
    const company = vat ? await this.fetchCompany({ vat }, signal) : null;
    if (!company || !vat) return [];
    return (company.productionunits ?? [])
      .filter((unit) => unit.pno && !unit.enddate)
      .map((unit) => cvrProductionUnitToRegisterCompany(unit, vat));
  }

  private async fetchCompany(by: { vat: string } | { search: string }, signal?: AbortSignal): Promise<CvrCompany | null> {
    const params = new URLSearchParams({ ...by, country: 'dk' });
    if (this.token) params.set('token', this.token);
    const answer = await fetchRegisterJson(
      // cvrapi.dk answers an unknown number with 404 and `{"error":"NOT_FOUND"}`, a fruitless search with either.
      {
        register: this.name,
        url: `${this.baseUrl}?${params}`,
        headers: { 'user-agent': this.userAgent },
        signal,
        notFound: [404],
      },
      CvrAnswerSchema,
    );
    if (!answer) return null;
    if ('error' in answer) return this.failure(answer.error);
    return answer;
  }

  private failure(code: string): null {
    if (code === 'NOT_FOUND' || code === 'INVALID_VAT') return null;
    if (code === 'QUOTA_EXCEEDED') {
      throw new RegisterError(this.name, 'rateLimited', { key: 'errors.registers.cvrQuota', values: { register: this.name } });
    }
    if (code === 'BANNED' || code === 'INVALID_UA' || code === 'INVALID_TOKEN') {
      throw new RegisterError(this.name, 'refused', {
        key: 'errors.registers.cvrRefused',
        values: { register: this.name, code },
      });
    }
    throw new RegisterError(this.name, 'down', { key: 'errors.registers.cvrFailed', values: { register: this.name, code } });
  }
}

/** Eight digits, with or without the DK prefix and spaces ("DK 10 15 08 17"); null for anything else. */
function cvrNumber(value: string): string | null {
  const compact = compactOrgNumber(value).replace(/^DK/, '');
  return /^\d{8}$/.test(compact) ? compact : null;
}
