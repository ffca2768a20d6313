import { registersApi } from '../../shared/api/registers.api';
import { registerSettingsApi } from '../../shared/api/registers-settings.api';
import type { RegisterCompany, RegisterCountry } from '../../shared/registers/register-company';
import type { ApiClient } from './api-client';

export type { RegisterPick } from '../../shared/api/registers.api';
export type { RegisterSettings } from '../../shared/api/registers-settings.api';

export function searchRegisters(api: ApiClient, query: string, countries: RegisterCountry[], signal?: AbortSignal) {
  return api.call(registersApi.search, { query: { q: query, countries: countries.join(','), limit: 8 } }, signal);
}

export function lookupRegister(api: ApiClient, unit: Pick<RegisterCompany, 'country' | 'orgNumber'>) {
  return api.call(registersApi.lookup, { params: { country: unit.country, orgNumber: unit.orgNumber } });
}

export function registerSettings(api: ApiClient) {
  return api.call(registerSettingsApi.get, {});
}
