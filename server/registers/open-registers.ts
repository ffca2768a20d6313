import type { Client } from '@libsql/client';
import type { RegisterCountry } from '../../shared/registers/register-company';
import type { Env } from '../env';
import { BolagsverketProvider } from './bolagsverket/bolagsverket-provider';
import { BrregProvider } from './brreg/brreg-provider';
import { CompaniesHouseProvider } from './companies-house/companies-house-provider';
import { CvrProvider } from './cvr/cvr-provider';
import type { RegisterProvider } from './register-provider';
import { Registers } from './registers';

/** One adapter per register, configured from the environment; a missing key makes one unavailable, not the rest. */
export function registerProviders(env: Env): Map<RegisterCountry, RegisterProvider> {
  const bolagsverket =
    env.BOLAGSVERKET_CLIENT_ID && env.BOLAGSVERKET_CLIENT_SECRET
      ? { clientId: env.BOLAGSVERKET_CLIENT_ID, clientSecret: env.BOLAGSVERKET_CLIENT_SECRET }
      : undefined;
  return new Map<RegisterCountry, RegisterProvider>([
    ['NO', new BrregProvider(env.BRREG_URL)],
    ['SE', new BolagsverketProvider(bolagsverket, { tokenUrl: env.BOLAGSVERKET_TOKEN_URL, baseUrl: env.BOLAGSVERKET_API_URL })],
    ['DK', new CvrProvider(env.CVR_API_TOKEN, env.CVR_API_URL, env.MAIL_FROM)],
    ['GB', new CompaniesHouseProvider(env.COMPANIES_HOUSE_API_KEY, env.COMPANIES_HOUSE_URL)],
  ]);
}

export function openRegisters(client: Client, env: Env): Registers {
  return new Registers(client, registerProviders(env));
}
