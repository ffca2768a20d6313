import { z } from 'zod';
import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import { luhnValid } from '../../../shared/org-number/sweden';
import { REGISTER_NAMES, type RegisterCompany } from '../../../shared/registers/register-company';
import type { Wording } from '../../i18n/wording';
import { fetchRegisterJson } from '../register-http';
import { RegisterError, type RegisterProvider } from '../register-provider';
import { type BolagsverketAnswer, BolagsverketAnswerSchema, bolagsverketToRegisterCompany } from './bolagsverket-organisation';

export const BOLAGSVERKET_DEFAULT_URLS = {
  tokenUrl: 'https://portal.api.bolagsverket.se/oauth2/token',
  baseUrl: 'https://gw.api.bolagsverket.se/vardefulla-datamangder/v1',
};

export type BolagsverketCredentials = { clientId: string; clientSecret: string };

const SCOPE = 'vardefulla-datamangder:read';
const TokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().nullish() });
/** When the token answer leaves out its lifetime. */
const DEFAULT_TOKEN_SECONDS = 300;
/** Renew this long before expiry (at most half the lifetime), so no request leaves with a dying token. */
const RENEW_MARGIN_MS = 60_000;

/**
 * Bolagsverket's "Värdefulla datamängder" API: free, but behind OAuth2 client credentials, and it
 * looks up one organisation by number; there is no search by name.
 */
export class BolagsverketProvider implements RegisterProvider {
  readonly country = 'SE' as const;
  readonly name = REGISTER_NAMES.SE;
  readonly unavailable: Wording | null;
  readonly searchesByName = false;
  private token: { value: string; renewAt: number } | null = null;
  // Lookups that start together share one token request.
  private tokenRequest: Promise<string> | null = null;

  constructor(
    private readonly credentials: BolagsverketCredentials | undefined,
    private readonly urls: { tokenUrl: string; baseUrl: string } = BOLAGSVERKET_DEFAULT_URLS,
  ) {
    this.unavailable = credentials
      ? null
      : {
          key: 'errors.registers.needsCredentials',
          values: { register: this.name, idVariable: 'BOLAGSVERKET_CLIENT_ID', secretVariable: 'BOLAGSVERKET_CLIENT_SECRET' },
        };
  }

  /** A number is looked up; a name finds nothing, as the API cannot search by name. */
  async search(query: string, { limit, signal }: { limit: number; signal?: AbortSignal }): Promise<RegisterCompany[]> {
    this.assertConfigured();
    if (limit < 1 || !/^\s*(16)?\d{6}[\s-]?\d{4}\s*$/.test(query)) return [];
    const company = await this.lookup(query, signal);
    return company ? [company] : [];
  }

  async lookup(orgNumber: string, signal?: AbortSignal): Promise<RegisterCompany | null> {
    this.assertConfigured();
    const number = swedishOrgNumber(orgNumber);
    // A mistyped number would be a 400 from the API: not a register fault, just no such company.
    if (!number) return null;
    const answer = await this.postOrganisationer(number, signal);
    const organisation = answer?.organisationer[0];
    return organisation ? bolagsverketToRegisterCompany(organisation) : null;
  }

  /** The API has no sub-units (arbetsställen are SCB's and not in it). */
  async departments(_orgNumber: string, _signal?: AbortSignal): Promise<RegisterCompany[]> {
    this.assertConfigured();
    return [];
  }

  private async postOrganisationer(
    number: string,
    signal: AbortSignal | undefined,
    renewed = false,
  ): Promise<BolagsverketAnswer | null> {
    const cached = this.token !== null && Date.now() < this.token.renewAt;
    const token = await this.accessToken();
    try {
      return await fetchRegisterJson(
        {
          register: this.name,
          url: `${this.urls.baseUrl}/organisationer`,
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ identitetsbeteckning: number }),
          signal,
          // Whether an unknown number is a 404 or an empty list is not documented: both are "not found".
          notFound: [404],
        },
        BolagsverketAnswerSchema,
      );
    } catch (err) {
      // A cached token revoked or expired early: get a new one once, instead of failing until it would have expired.
      if (err instanceof RegisterError && err.kind === 'refused' && cached && !renewed) {
        this.token = null;
        return this.postOrganisationer(number, signal, true);
      }
      throw err;
    }
  }

  private accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return Promise.resolve(this.token.value);
    this.tokenRequest ??= this.requestToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  // Not tied to one caller's AbortSignal: the token serves every lookup waiting on it.
  private async requestToken(): Promise<string> {
    const { clientId, clientSecret } = this.credentials!;
    const answer = await fetchRegisterJson(
      {
        register: this.name,
        url: this.urls.tokenUrl,
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: SCOPE }).toString(),
      },
      TokenSchema,
    );
    if (!answer) throw new RegisterError(this.name, 'down', { key: 'errors.registers.noToken', values: { register: this.name } });
    const lifetime = (answer.expires_in ?? DEFAULT_TOKEN_SECONDS) * 1000;
    this.token = { value: answer.access_token, renewAt: Date.now() + lifetime - Math.min(RENEW_MARGIN_MS, lifetime / 2) };
    return answer.access_token;
  }

  private assertConfigured(): void {
    if (this.unavailable) throw new RegisterError(this.name, 'missingKey', this.unavailable);
  }
}

/** Ten digits (Luhn-checked), from "556036-0793", "5560360793" or the 12-digit "16556036-0793"; else null. */
function swedishOrgNumber(value: string): string | null {
  const compact = compactOrgNumber(value).replace(/^16(?=\d{10}$)/, '');
  return /^\d{10}$/.test(compact) && luhnValid(compact) ? compact : null;
}
