import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BolagsverketProvider } from '../../../server/registers/bolagsverket/bolagsverket-provider';
import { i18nFor } from '../../../server/i18n/server-i18n';
import { inLanguage } from '../../../server/i18n/wording';
import { RegisterError } from '../../../server/registers/register-provider';
import { type RecordedRequest, recordedServer } from '../../helpers/recorded-http';

const fixturePath = (name: string) => resolve('tests/fixtures/registers/bolagsverket', `${name}.json`);
const CREDENTIALS = { clientId: 'fjord-client', clientSecret: 'fjord-secret' };
const TOKEN = JSON.parse(readFileSync(fixturePath('token'), 'utf8')) as { access_token: string };

/** Which answer each organisation number gets. */
const ORGANISATIONS: Record<string, { file?: string; status?: number; body?: string }> = {
  '5560360793': { file: fixturePath('organisation-active') },
  '5591234561': { file: fixturePath('organisation-konkurs') },
  '5566778899': { file: fixturePath('organisation-avregistrerad') },
  '5590001110': { file: fixturePath('organisationer-empty') },
  '2120000142': { status: 404, body: '{"type":"about:blank","title":"Not Found","status":404}' },
  '8020009992': { body: '{"organisationer":[{"organisationsnamn":{}}]}' },
  '7120000000': { status: 503, body: 'unavailable' },
};

describe('Bolagsverket adapter (Värdefulla datamängder) against responses in its documented format', () => {
  let register: Awaited<ReturnType<typeof recordedServer>>;
  let tokensIssued = 0;
  let revoked = new Set<string>();
  const tokenRequests = () => register.requests.filter((r) => r.path === '/oauth2/token');
  const provider = () =>
    new BolagsverketProvider(CREDENTIALS, { tokenUrl: `${register.url}/oauth2/token`, baseUrl: `${register.url}/v1` });

  beforeAll(async () => {
    register = await recordedServer({
      'POST /oauth2/token': () => {
        tokensIssued++;
        return { body: JSON.stringify({ ...TOKEN, access_token: `${TOKEN.access_token}-${tokensIssued}` }) };
      },
      'POST /v1/organisationer': (req: RecordedRequest) => {
        if (!req.headers.authorization?.startsWith('Bearer ') || revoked.has(req.headers.authorization.slice(7))) {
          return { status: 401, body: '{"title":"Unauthorized","status":401}' };
        }
        const number = (JSON.parse(req.body) as { identitetsbeteckning: string }).identitetsbeteckning;
        return ORGANISATIONS[number] ?? { status: 400, body: '{"title":"Bad Request","status":400}' };
      },
    });
  });
  afterAll(() => register.close());
  afterEach(() => {
    vi.useRealTimers();
    tokensIssued = 0;
    revoked = new Set();
    register.requests.length = 0;
  });

  it('looks an organisation up by number: registered name, form, SNI code to NACE, postal address, status', async () => {
    const skargard = await provider().lookup('556036-0793');
    expect(skargard).toEqual({
      country: 'SE',
      orgNumber: '5560360793',
      // The registered företagsnamn, not the särskilt företagsnamn listed before it.
      name: 'Skärgård Logistik AB',
      orgForm: { code: 'AB', label: 'Aktiebolag' },
      nace: { code: '49.41', label: 'Freight transport by road' },
      industry: { code: '49410', label: 'Vägtransport, godstrafik' },
      employees: null,
      businessAddress: null,
      postalAddress: { street: 'Hamngatan 4', postalCode: '11147', city: 'Stockholm', country: 'SE' },
      website: null,
      status: 'active',
      flags: {
        bankrupt: false,
        dissolving: false,
        forcedDissolution: false,
        deleted: false,
        vatRegistered: null,
        employerRegistered: null,
      },
      parentOrgNumber: null,
      registeredOn: '1986-09-15',
    });
    expect(JSON.parse(register.requests.at(-1)!.body)).toEqual({ identitetsbeteckning: '5560360793' });
  });

  it('reads konkurs as bankrupt and a deregistered organisation as deleted; an unknown number is null', async () => {
    const bolagsverket = provider();
    const konkurs = await bolagsverket.lookup('5591234561');
    expect(konkurs).toMatchObject({
      name: 'Roslagens Bygg & Fasad AB',
      status: 'bankrupt',
      flags: { bankrupt: true, deleted: false },
      // SCB could not give the SNI code this time.
      nace: null,
      industry: null,
      postalAddress: { street: 'c/o Advokatfirman Lind & Co, Box 118', postalCode: '76121', city: 'Norrtälje', country: 'SE' },
    });
    const gone = await bolagsverket.lookup('5566778899');
    expect(gone).toMatchObject({ orgForm: { code: 'HB' }, status: 'deleted', flags: { deleted: true }, nace: { code: '10.20' } });
    expect(gone!.postalAddress!.city).toBe('Öregrund');
    expect(await bolagsverket.lookup('5590001110')).toBeNull();
    expect(await bolagsverket.lookup('2120000142')).toBeNull();
    // A number failing the Luhn check is not sent at all.
    const asked = register.requests.length;
    expect(await bolagsverket.lookup('5560360794')).toBeNull();
    expect(register.requests.length).toBe(asked);
  });

  it('searches by number only: a number is a lookup, a name finds nothing', async () => {
    const bolagsverket = provider();
    expect(bolagsverket.searchesByName).toBe(false);
    expect((await bolagsverket.search('16556036-0793', { limit: 10 })).map((c) => c.name)).toEqual(['Skärgård Logistik AB']);
    expect((await bolagsverket.search('5560360793', { limit: 10 })).map((c) => c.orgNumber)).toEqual(['5560360793']);
    const asked = register.requests.length;
    expect(await bolagsverket.search('Skärgård Logistik', { limit: 10 })).toEqual([]);
    expect(register.requests.length).toBe(asked);
    expect(await bolagsverket.departments('5560360793')).toEqual([]);
  });

  it('gets a token with the client credentials once and sends it as a bearer token on later lookups', async () => {
    const bolagsverket = provider();
    await bolagsverket.lookup('5560360793');
    await bolagsverket.lookup('5591234561');
    expect(tokenRequests()).toHaveLength(1);
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest!.headers.authorization).toBe(`Basic ${Buffer.from('fjord-client:fjord-secret').toString('base64')}`);
    expect(tokenRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({
      grant_type: 'client_credentials',
      scope: 'vardefulla-datamangder:read',
    });
    const lookups = register.requests.filter((r) => r.path === '/v1/organisationer');
    expect(lookups.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TOKEN.access_token}-1`,
      `Bearer ${TOKEN.access_token}-1`,
    ]);
    // Lookups that start together wait for the same token.
    const fresh = provider();
    await Promise.all([fresh.lookup('5560360793'), fresh.lookup('5591234561')]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('renews the token shortly before it expires, and once when the register refuses a cached one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-02T08:00:00Z'));
    const bolagsverket = provider();
    await bolagsverket.lookup('5560360793');
    // expires_in is 3600 s: a minute before, it is renewed rather than sent.
    vi.setSystemTime(new Date('2025-06-02T08:59:30Z'));
    await bolagsverket.lookup('5560360793');
    expect(tokenRequests()).toHaveLength(2);

    revoked.add(`${TOKEN.access_token}-2`);
    expect(await bolagsverket.lookup('5560360793')).toMatchObject({ name: 'Skärgård Logistik AB' });
    expect(tokenRequests()).toHaveLength(3);
  });

  it('turns missing credentials, a refused client, an outage and a malformed answer into errors naming Bolagsverket', async () => {
    const unconfigured = new BolagsverketProvider(undefined, {
      tokenUrl: `${register.url}/oauth2/token`,
      baseUrl: `${register.url}/v1`,
    });
    expect(inLanguage(i18nFor('en'), unconfigured.unavailable!)).toMatch(
      /Bolagsverket.*BOLAGSVERKET_CLIENT_ID.*BOLAGSVERKET_CLIENT_SECRET/,
    );
    for (const call of [
      () => unconfigured.lookup('5560360793'),
      () => unconfigured.search('5560360793', { limit: 5 }),
      () => unconfigured.departments('5560360793'),
    ]) {
      await expect(call()).rejects.toMatchObject({ kind: 'missingKey', message: expect.stringContaining('Bolagsverket') });
    }
    expect(register.requests).toHaveLength(0);

    const bolagsverket = provider();
    for (const [number, kind] of [
      ['7120000000', 'down'],
      ['8020009992', 'malformed'],
    ] as const) {
      const error = await bolagsverket.lookup(number).catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(RegisterError);
      expect((error as RegisterError).kind).toBe(kind);
      expect((error as RegisterError).message).toContain('Bolagsverket');
    }

    // Every token the register hands out is refused: one renewal, then the error.
    const refusing = provider();
    await refusing.lookup('5560360793');
    for (let n = 1; n <= 10; n++) revoked.add(`${TOKEN.access_token}-${n}`);
    await expect(refusing.lookup('5560360793')).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('Bolagsverket'),
    });

    const wrongSecret = await recordedServer({ 'POST /oauth2/token': { status: 401, body: '{"error":"invalid_client"}' } });
    const badClient = new BolagsverketProvider(CREDENTIALS, {
      tokenUrl: `${wrongSecret.url}/oauth2/token`,
      baseUrl: `${wrongSecret.url}/v1`,
    });
    await expect(badClient.lookup('5560360793')).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('Bolagsverket'),
    });
    await wrongSecret.close();
    await expect(badClient.lookup('5560360793')).rejects.toMatchObject({
      kind: 'down',
      message: expect.stringContaining('Bolagsverket'),
    });
  });
});
