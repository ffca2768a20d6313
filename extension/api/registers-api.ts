import type {
  RegisterCompany,
  RegisterCountry,
  RegisterLookupResponse,
  RegisterSearchResponse,
} from '../../shared/registers/register-company';
import type { ApiClient } from './api-client';

export type RegisterPick = RegisterLookupResponse & {
  /** Departments already in the CRM: org number → company id. */
  departmentCompanyIds: Record<string, string>;
};

export type RegisterSettings = {
  countries: RegisterCountry[];
  registers: {
    country: RegisterCountry;
    name: string;
    mirrored: boolean;
    mirror: { importedAt: number | null; followed: boolean; checkedAt: number | null; lastError: string | null } | null;
    unavailable: string | null;
    searchesByName: boolean;
  }[];
};

export function searchRegisters(api: ApiClient, query: string, countries: RegisterCountry[], signal?: AbortSignal) {
  const q = new URLSearchParams({ q: query, countries: countries.join(','), limit: '8' });
  return api.request<RegisterSearchResponse>('GET', `/api/registers/search?${q}`, undefined, signal);
}

export function lookupRegister(api: ApiClient, unit: Pick<RegisterCompany, 'country' | 'orgNumber'>) {
  return api.request<RegisterPick>('GET', `/api/registers/${unit.country}/${encodeURIComponent(unit.orgNumber)}`);
}

export function registerSettings(api: ApiClient) {
  return api.request<RegisterSettings>('GET', '/api/settings/registers');
}
