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

describe('a register that fails or has no key, said in the reader’s language', () => {
  let brreg: Awaited<ReturnType<typeof recordedServer>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  // Brreg is down: every path answers 503. Companies House has no key in the test config.
  beforeAll(async () => {
    brreg = await recordedServer({}, { status: 503, body: 'Service Unavailable' });
  });
  afterAll(() => brreg.close());
  beforeEach(async () => {
    t = await createTestApp({ BRREG_URL: brreg.url });
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const answers = async (headers: Record<string, string> = {}) => {
    const search = await call('GET', '/api/registers/search?q=sesam&countries=NO,GB', undefined, undefined, headers);
    const lookup = await call('GET', '/api/registers/NO/914778271', undefined, undefined, headers);
    const settings = await call('GET', '/api/settings/registers', undefined, undefined, headers);
    const uk = (settings.body.registers as { country: string; unavailable: string | null }[]).find((r) => r.country === 'GB');
    // Registers are asked side by side: their failures come in the order they fail.
    const failures = (search.body.failures as { country: string }[]).sort((a, b) => b.country.localeCompare(a.country));
    return { failures, lookup: lookup.body.error, ukUnavailable: uk?.unavailable };
  };

  it('answers in English by default and for a language Fjord does not speak', async () => {
    for (const headers of [{}, { 'accept-language': 'fr' }] as Record<string, string>[]) {
      expect(await answers(headers)).toEqual({
        failures: [
          { country: 'NO', register: 'Brønnøysundregistrene (Enhetsregisteret)', message: BRREG_DOWN.en },
          { country: 'GB', register: 'Companies House', message: NO_UK_KEY.en },
        ],
        lookup: { code: 'registerUnavailable', message: BRREG_DOWN.en },
        ukUnavailable: NO_UK_KEY.en,
      });
    }
  });

  it('answers in Norwegian to a Norwegian browser, and to a user who picked Norwegian whatever the browser says', async () => {
    const norwegian = {
      failures: [
        { country: 'NO', register: 'Brønnøysundregistrene (Enhetsregisteret)', message: BRREG_DOWN.nb },
        { country: 'GB', register: 'Companies House', message: NO_UK_KEY.nb },
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
});
