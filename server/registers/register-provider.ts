import type { ErrorText } from '../../shared/mutations/error-text';
import type { RegisterCompany, RegisterCountry } from '../../shared/registers/register-company';
import { i18nFor } from '../i18n/server-i18n';
import { inLanguage, type Wording } from '../i18n/wording';

/**
 * One national company register behind one interface. Adapters translate the register's own
 * shapes into `RegisterCompany` and its failures into `RegisterError`; nothing else in the server
 * knows a register's URL or field names.
 */
export interface RegisterProvider {
  readonly country: RegisterCountry;
  /** As users know it: what error messages name. */
  readonly name: string;
  /** Why the provider cannot be asked (a key missing from the config), or null when it can. */
  readonly unavailable: Wording | null;
  /** Whether `search` can search by name (Bolagsverket's open API looks up numbers only). */
  readonly searchesByName: boolean;
  /** Units whose name matches, best first, at most `limit`. */
  search(query: string, options: { limit: number; signal?: AbortSignal }): Promise<RegisterCompany[]>;
  /** One unit by org number; null when the register does not know it (404, 410). */
  lookup(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany | null>;
  /** The unit's sub-units (departments, production units), live ones only; [] when the register has none. */
  departments(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany[]>;
}

export type RegisterFailureKind = 'missingKey' | 'down' | 'malformed' | 'refused' | 'rateLimited' | 'unsupported';

/**
 * A register that could not answer. Its wording names it and is meant for the user, in their
 * language; `message` is the English one, for logs, tests and what the mirror's feed stores.
 */
export class RegisterError extends Error {
  constructor(
    readonly register: string,
    readonly kind: RegisterFailureKind,
    readonly wording: Wording,
  ) {
    super(inLanguage(i18nFor('en'), wording));
    this.name = 'RegisterError';
  }
}

/** A country this server has no adapter for. */
export const registerNotSetUp = (register: string): ErrorText => ({ key: 'errors.registers.notSetUp', values: { register } });
