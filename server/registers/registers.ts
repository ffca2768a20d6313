import type { Client } from '@libsql/client';
import type { I18n } from '../../shared/i18n/i18n';
import {
  REGISTER_NAMES,
  type RegisterCompany,
  type RegisterCountry,
  type RegisterFailure,
  type RegisterHit,
} from '../../shared/registers/register-company';
import { i18nFor } from '../i18n/server-i18n';
import { inLanguage, type Wording } from '../i18n/wording';
import { type MirrorFeed, mirrorDepartments, mirroredCountries, mirrorFeeds, mirrorUnit } from './mirror/mirror-store';
import { searchMirror } from './mirror/mirror-search';
import { registerNameKey } from './mirror/name-key';
import { RegisterError, registerNotSetUp, type RegisterFailureKind, type RegisterProvider } from './register-provider';

type Hit = Omit<RegisterHit, 'companyId'>;
/** A register that failed, not yet in a language: the route words it for the reader. */
export type FailureWording = Omit<RegisterFailure, 'message'> & { message: Wording };
export type SearchAnswer = { items: Hit[]; failures: FailureWording[]; sources: Record<string, 'mirror' | 'live'> };
export type LookupAnswer = { company: RegisterCompany; departments: RegisterCompany[]; failures: FailureWording[] } | null;

/** A typeahead waits this long for a live register; the mirror answers in milliseconds. */
const LIVE_SEARCH_MS = 3_000;
/** Live answers are kept briefly: typing "sesa", "sesam", back to "sesa" asks the register once. */
const LIVE_CACHE_MS = 5 * 60_000;
const LIVE_CACHE_SIZE = 500;

/**
 * Company lookup across the registers: the local mirror for countries imported into it, each
 * register's live API for the rest (and for what the mirror does not hold). A register that fails
 * is reported by name beside the others' results; it never fails the whole search.
 */
export class Registers {
  private readonly liveCache = new Map<string, { at: number; units: RegisterCompany[] }>();

  constructor(
    private readonly client: Client,
    readonly providers: ReadonlyMap<RegisterCountry, RegisterProvider>,
  ) {}

  /**
   * The countries in the mirror: read on every search (a handful of rows), so an import run by
   * `registers:import` beside the server is used at once.
   */
  mirroredCountries(): Promise<Set<RegisterCountry>> {
    return mirroredCountries(this.client);
  }

  mirrorFeeds(): Promise<Map<RegisterCountry, MirrorFeed>> {
    return mirrorFeeds(this.client);
  }

  async search(query: string, countries: RegisterCountry[], limit: number): Promise<SearchAnswer> {
    const mirrored = await this.mirroredCountries();
    const local = countries.filter((c) => mirrored.has(c));
    const live = countries.filter((c) => !mirrored.has(c));
    const failures: FailureWording[] = [];
    const sources: SearchAnswer['sources'] = Object.fromEntries(local.map((c) => [c, 'mirror' as const]));
    const [fromMirror, ...fromLive] = await Promise.all([
      searchMirror(this.client, query, local, limit),
      ...live.map(async (country): Promise<Hit[]> => {
        const provider = this.providers.get(country);
        try {
          if (!provider)
            throw new RegisterError(REGISTER_NAMES[country], 'missingKey', registerNotSetUp(REGISTER_NAMES[country]));
          if (provider.unavailable) throw new RegisterError(provider.name, 'missingKey', provider.unavailable);
          if (!provider.searchesByName && !/\d{6}/.test(query.replace(/[\s-]/g, '')))
            throw new RegisterError(provider.name, 'unsupported', {
              key: 'errors.registers.numbersOnly',
              values: { register: provider.name },
            });
          const units = await this.liveSearch(provider, query, limit);
          sources[country] = 'live';
          return units.filter((u) => u.parentOrgNumber === null).map(hitOf);
        } catch (err) {
          failures.push(failureOf(country, err));
          return [];
        }
      }),
    ]);
    const key = registerNameKey(query);
    const items = [...fromMirror, ...fromLive.flat()]
      .map((hit) => ({ hit, key: registerNameKey(hit.name) }))
      // Names starting with what was typed first, then the rest; by name within each.
      .sort((a, b) => Number(b.key.startsWith(key)) - Number(a.key.startsWith(key)) || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map(({ hit }) => hit);
    return { items, failures, sources };
  }

  /** One unit with its departments, from the mirror when it has it, else from the register. */
  async lookup(country: RegisterCountry, orgNumber: string): Promise<LookupAnswer> {
    const failures: FailureWording[] = [];
    const provider = this.providers.get(country);
    const usable = provider && !provider.unavailable ? provider : null;
    let company = await mirrorUnit(this.client, country, orgNumber);
    if (!company) {
      if (!usable) {
        failures.push(
          failureOf(
            country,
            new RegisterError(
              REGISTER_NAMES[country],
              'missingKey',
              provider?.unavailable ?? registerNotSetUp(REGISTER_NAMES[country]),
            ),
          ),
        );
        throw new LookupFailed(failures);
      }
      try {
        company = await usable.lookup(orgNumber);
      } catch (err) {
        throw new LookupFailed([failureOf(country, err)]);
      }
      if (!company) return null;
    }
    let departments = await mirrorDepartments(this.client, country, company.orgNumber);
    if (departments.length === 0 && usable && company.parentOrgNumber === null) {
      try {
        departments = await usable.departments(company.orgNumber);
      } catch (err) {
        // The company itself is still worth having: say the departments could not be listed.
        failures.push(failureOf(country, err));
      }
    }
    return { company, departments, failures };
  }

  private async liveSearch(provider: RegisterProvider, query: string, limit: number) {
    const cacheKey = `${provider.country}:${limit}:${registerNameKey(query)}`;
    const cached = this.liveCache.get(cacheKey);
    if (cached && Date.now() - cached.at < LIVE_CACHE_MS) return cached.units;
    const units = await provider.search(query, { limit, signal: AbortSignal.timeout(LIVE_SEARCH_MS) });
    if (this.liveCache.size >= LIVE_CACHE_SIZE) this.liveCache.delete(this.liveCache.keys().next().value!);
    this.liveCache.set(cacheKey, { at: Date.now(), units });
    return units;
  }
}

/** The register could not give the unit (down, key missing, malformed answer). */
export class LookupFailed extends Error {
  /** The failures in the reader's language; `message` is the English, for logs. */
  readonly wording: Wording;

  constructor(readonly failures: FailureWording[]) {
    const wording = (i18n: I18n) => failures.map((f) => inLanguage(i18n, f.message)).join(' ');
    super(wording(i18nFor('en')));
    this.wording = wording;
  }
}

function hitOf(u: RegisterCompany): Hit {
  return {
    country: u.country,
    orgNumber: u.orgNumber,
    name: u.name,
    orgForm: u.orgForm?.code ?? null,
    city: u.businessAddress?.city ?? u.postalAddress?.city ?? null,
    status: u.status,
  };
}

/** Failures the server's config causes, not the register: what admins fix in Settings. */
const SETUP_KINDS: ReadonlySet<RegisterFailureKind> = new Set(['missingKey', 'unsupported']);

function failureOf(country: RegisterCountry, err: unknown): FailureWording {
  if (err instanceof RegisterError)
    return { country, register: err.register, message: err.wording, setup: SETUP_KINDS.has(err.kind) };
  const register = REGISTER_NAMES[country];
  // A timeout of the typeahead's own signal arrives as an abort.
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return { country, register, message: { key: 'errors.registers.searchTimedOut', values: { register } }, setup: false };
  // Not the register's words but a fault of Fjord's own: its English text is all there is.
  const problem = err instanceof Error ? err.message : String(err);
  return { country, register, message: { key: 'errors.registers.failed', values: { register, problem } }, setup: false };
}

/** The failures as the search and lookup answers carry them, in the reader's language. */
export const wordedFailures = (i18n: I18n, failures: FailureWording[]): RegisterFailure[] =>
  failures.map((f) => ({ ...f, message: inLanguage(i18n, f.message) }));
