import { z } from 'zod';
import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import { fetchRegisterJson } from '../register-http';
import type { RegisterProvider } from '../register-provider';
import { BrregUnitSchema, brregToRegisterCompany } from './brreg-unit';

export const BRREG_DEFAULT_URL = 'https://data.brreg.no/enhetsregisteret/api';

const PageSchema = z.object({ totalPages: z.number().int(), number: z.number().int() });
const unitsPage = (key: 'enheter' | 'underenheter') =>
  z.object({
    _embedded: z.object({ [key]: z.array(BrregUnitSchema) }).optional(),
    page: PageSchema,
  });
const EnheterPage = unitsPage('enheter');
const UnderenheterPage = unitsPage('underenheter');

/** More sub-units than this is a chain of shops, not a list of departments to tick. */
const MAX_DEPARTMENTS = 1_000;
const DEPARTMENT_PAGE = 200;

/** Enhetsregisteret's open API (no key): units by name or number, and a unit's sub-units. */
export class BrregProvider implements RegisterProvider {
  readonly country = 'NO' as const;
  readonly name = REGISTER_NAMES.NO;
  readonly unavailable = null;
  readonly searchesByName = true;

  constructor(private readonly baseUrl = BRREG_DEFAULT_URL) {}

  async search(query: string, { limit, signal }: { limit: number; signal?: AbortSignal }): Promise<RegisterCompany[]> {
    const number = compactOrgNumber(query);
    if (/^\d{9}$/.test(number)) {
      const unit = await this.lookup(number, signal);
      return unit ? [unit] : [];
    }
    const url = `${this.baseUrl}/enheter?navn=${encodeURIComponent(query)}&size=${Math.min(limit, 100)}`;
    const page = await fetchRegisterJson({ register: this.name, url, signal }, EnheterPage);
    return (page?._embedded?.enheter ?? []).map(brregToRegisterCompany);
  }

  async lookup(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany | null> {
    const number = compactOrgNumber(orgNumber);
    for (const kind of ['enheter', 'underenheter'] as const) {
      const unit = await fetchRegisterJson(
        { register: this.name, url: `${this.baseUrl}/${kind}/${number}`, signal, notFound: [404], answerStatuses: [410] },
        BrregUnitSchema,
      );
      if (unit) return brregToRegisterCompany(unit);
    }
    return null;
  }

  async departments(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany[]> {
    const parent = compactOrgNumber(orgNumber);
    const units: RegisterCompany[] = [];
    for (let page = 0; units.length < MAX_DEPARTMENTS; page++) {
      const url = `${this.baseUrl}/underenheter?overordnetEnhet=${parent}&size=${DEPARTMENT_PAGE}&page=${page}`;
      const answer = await fetchRegisterJson({ register: this.name, url, signal }, UnderenheterPage);
      units.push(...(answer?._embedded?.underenheter ?? []).map(brregToRegisterCompany));
      if (!answer || page + 1 >= answer.page.totalPages) break;
    }
    return units.filter((u) => u.status === 'active');
  }
}
