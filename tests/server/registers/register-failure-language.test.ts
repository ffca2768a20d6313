import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';
import { recordedServer } from '../../helpers/recorded-http';

const BRREG_DOWN = {
  en: 'Brønnøysundregistrene (Enhetsregisteret) answered HTTP 503; enter the company by hand or try again later.',
  nb: 'Brønnøysundregistrene (Enhetsregisteret) svarte med HTTP 503; legg inn firmaet manuelt eller prøv igjen senere.',
};
const NO_UK_KEY = {
  en: 'Companies House needs an API key: set COMPANIES_HOUSE_API_KEY in the server config (a free key from developer.company-information.service.gov.uk).',
  nb: 'Companies House krever en API-nøkkel: angi COMPANIES_HOUSE_API_KEY i serverkonfigurasjonen (en gratis nøkkel fra developer.company-information.service.gov.uk).',
};
const UK_ASK_ADMIN = {
  en: "Companies House search isn't set up here; ask your admin.",
  nb: 'Søk i Companies House er ikke satt opp her; spør administratoren din.',
};
/** What a server variable looks like: never in what a member reads. */
const ENV_VARIABLE = /[A-Z_]{6,}/;

describe('a register that fails or has no key, said in the reader’s language', () => {
  let brreg: Awaited<ReturnType<typeof recordedServer>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let token: string;
  // Brreg is down: every path answers 503. Companies House has no key in the test config.
  beforeAll(async () => {
    brreg = await recordedServer({}, { status: 503, body: 'Service Unavailable' });
  });
  afterAll(() => brreg.close());
  beforeEach(async () => {
    t = await createTestApp({ BRREG_URL: brreg.url });
    token = await t.login();
    call = apiCaller(t.app, token);
  });
  afterEach(() => t.close());

  const answers = async (headers: Record<string, string> = {}, as?: string) => {
    const search = await call('GET', '/api/registers/search?q=sesam&countries=NO,GB', undefined, as, headers);
    const lookup = await call('GET', '/api/registers/NO/914778271', undefined, as, headers);
    const settings = await call('GET', '/api/settings/registers', undefined, as, headers);
    const uk = (settings.body.registers as { country: string; unavailable: string | null }[]).find((r) => r.country === 'GB');
    // Registers are asked side by side: their failures come in the order they fail.
    const failures = (search.body.failures as { country: string }[]).sort((a, b) => b.country.localeCompare(a.country));
    return { failures, lookup: lookup.body.error, ukUnavailable: uk?.unavailable };
  };

  it('answers in English by default and for a language Fjord does not speak', async () => {
    for (const headers of [{}, { 'accept-language': 'fr' }] as Record<string, string>[]) {
      expect(await answers(headers)).toEqual({
        failures: [
          { country: 'NO', register: 'Brønnøysundregistrene (Enhetsregisteret)', message: BRREG_DOWN.en, setup: false },
          { country: 'GB', register: 'Companies House', message: NO_UK_KEY.en, setup: true },
        ],
        lookup: { code: 'registerUnavailable', message: BRREG_DOWN.en },
        ukUnavailable: NO_UK_KEY.en,
      });
    }
  });

  it('answers in Norwegian to a Norwegian browser, and to a user who picked Norwegian whatever the browser says', async () => {
    const norwegian = {
      failures: [
        { country: 'NO', register: 'Brønnøysundregistrene (Enhetsregisteret)', message: BRREG_DOWN.nb, setup: false },
        { country: 'GB', register: 'Companies House', message: NO_UK_KEY.nb, setup: true },
      ],
      lookup: { code: 'registerUnavailable', message: BRREG_DOWN.nb },
      ukUnavailable: NO_UK_KEY.nb,
    };
    expect(await answers({ 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' })).toEqual(norwegian);
    await call('PATCH', '/api/auth/me', { language: 'nb' });
    expect(await answers({ 'accept-language': 'en' })).toEqual(norwegian);
    const providers = await call('GET', '/api/credit/providers');
    expect(providers.body.items).toContainEqual({
      id: 'creditsafe',
      name: 'Creditsafe',
      unavailable: 'Creditsafe krever en avtale: angi CREDITSAFE_USERNAME og CREDITSAFE_PASSWORD i serverkonfigurasjonen.',
    });
  });

  it('tells a member, in their language, only to ask the admin: the down register still in a short line, never a variable name', async () => {
    const member = await t.addUser('member');
    for (const [lang, headers] of [
      ['en', {}],
      ['nb', { 'accept-language': 'nb' }],
    ] as const) {
      const answer = await answers(headers, member.token);
      expect(answer).toEqual({
        failures: [
          { country: 'NO', register: 'Brønnøysundregistrene (Enhetsregisteret)', message: BRREG_DOWN[lang], setup: false },
          { country: 'GB', register: 'Companies House', message: UK_ASK_ADMIN[lang], setup: true },
        ],
        lookup: { code: 'registerUnavailable', message: BRREG_DOWN[lang] },
        ukUnavailable: UK_ASK_ADMIN[lang],
      });
      expect(JSON.stringify(answer)).not.toMatch(ENV_VARIABLE);
    }
    const settings = await call('GET', '/api/settings/registers', undefined, member.token);
    expect(settings.body.canSetUp).toBe(false);
    expect(JSON.stringify(settings.body.registers)).not.toMatch(ENV_VARIABLE);
    const noKey = await call('GET', '/api/registers/GB/00006400', undefined, member.token);
    expect(noKey.body.error).toEqual({ code: 'registerUnavailable', message: UK_ASK_ADMIN.en });
    const providers = await call('GET', '/api/credit/providers', undefined, member.token);
    expect(providers.body.items).toContainEqual({
      id: 'creditsafe',
      name: 'Creditsafe',
      unavailable: "Creditsafe isn't set up here; ask your admin.",
    });
    expect(JSON.stringify(providers.body)).not.toMatch(ENV_VARIABLE);
    const company = (await call('POST', '/api/companies', { name: 'Fjellvind AS', country: 'NO', orgNumber: '923609016' })).body
      .company;
    const rate = (as: string) => call('POST', `/api/credit/companies/${company.id}/rate`, { provider: 'creditsafe' }, as);
    const refused = await rate(member.token);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toBe("Creditsafe isn't set up here; ask your admin.");
    expect((await rate(token)).body.error.message).toMatch(/CREDITSAFE_USERNAME/);
  });

  it('gives the admin the setup detail in Settings: which variables to set', async () => {
    const settings = await call('GET', '/api/settings/registers');
    expect(settings.body.canSetUp).toBe(true);
    const uk = (settings.body.registers as { country: string; unavailable: string | null }[]).find((r) => r.country === 'GB');
    expect(uk?.unavailable).toMatch(ENV_VARIABLE);
    const providers = await call('GET', '/api/credit/providers');
    expect(JSON.stringify(providers.body)).toMatch(/CREDITSAFE_USERNAME/);
  });
});
