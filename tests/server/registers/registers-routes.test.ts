import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';
import { recordedServer } from '../../helpers/recorded-http';
import { tempDir } from '../../helpers/temp-dir';

const fixture = (name: string) => ({ file: resolve('tests/fixtures/registers/brreg', `${name}.json`) });

describe('/api/registers: typeahead and pick across registers', () => {
  let brreg: Awaited<ReturnType<typeof recordedServer>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeAll(async () => {
    brreg = await recordedServer({
      'GET /enheter?navn=sesam&size=10': fixture('enheter-search-page1-response'),
      'GET /enheter/112233445': fixture('enheter-details-response'),
      'GET /underenheter?overordnetEnhet=112233445&size=200&page=0': fixture('underenheter-search-empty-response'),
      'GET /enheter/914778271': { status: 503, body: 'Service Unavailable' },
    });
  });
  afterAll(() => brreg.close());
  beforeEach(async () => {
    t = await createTestApp({ BRREG_URL: brreg.url });
    call = apiCaller(t.app, await t.login());
    brreg.requests.length = 0;
  });
  afterEach(() => t.close());

  it('asks the live register when nothing is mirrored, marks companies already in the CRM, and names a register it cannot ask', async () => {
    const known = await call('POST', '/api/companies', { name: 'Sesam AS', country: 'NO', orgNumber: '976030788' });
    expect(known.status).toBe(201);
    const res = await call('GET', '/api/registers/search?q=sesam&countries=NO,GB');
    expect(res.status).toBe(200);
    expect(res.body.sources).toEqual({ NO: 'live' });
    expect(res.body.items).toEqual([
      {
        country: 'NO',
        orgNumber: '976030788',
        name: 'SESAM AS',
        orgForm: 'AS',
        city: 'Trondheim',
        status: 'active',
        companyId: known.body.company.id,
      },
      expect.objectContaining({ orgNumber: '971497017', companyId: null }),
    ]);
    expect(res.body.failures).toEqual([
      { country: 'GB', register: 'Companies House', message: expect.stringContaining('COMPANIES_HOUSE_API_KEY'), setup: true },
    ]);
    // Typing on and back again: the register is asked once.
    await call('GET', '/api/registers/search?q=sesam&countries=NO');
    expect(brreg.requests.filter((r) => r.path.startsWith('/enheter?navn=sesam'))).toHaveLength(1);
  });

  it('answers from the mirror once the register is imported, without asking the register', async () => {
    const dir = tempDir('fjord-mirror-');
    const path = join(dir.path, 'units.jsonl');
    const unit = { ...(await call('GET', '/api/registers/NO/112233445')).body.company, name: 'SESAM MIRROR AS' };
    writeFileSync(path, `${JSON.stringify(unit)}\n`);
    await importRegisterFile(t.deps.client, 'NO', path);
    brreg.requests.length = 0;
    const res = await call('GET', '/api/registers/search?q=ses&countries=NO');
    expect(res.body).toMatchObject({ sources: { NO: 'mirror' }, failures: [], items: [{ name: 'SESAM MIRROR AS' }] });
    expect((await call('GET', '/api/registers/NO/112233445')).body.company.name).toBe('SESAM MIRROR AS');
    expect(brreg.requests.filter((r) => r.path.startsWith('/enheter'))).toEqual([]);
    const settings = await call('GET', '/api/settings/registers');
    expect(settings.body.registers).toContainEqual(
      expect.objectContaining({
        country: 'NO',
        mirrored: true,
        mirror: { importedAt: expect.any(Number), followed: true, checkedAt: null, lastError: null },
      }),
    );
    dir.remove();
  });

  it('picks one unit with its departments, 404 for an unknown number, 502 naming a register that is down', async () => {
    const pick = await call('GET', '/api/registers/no/112 233 445');
    expect(pick.status).toBe(200);
    expect(pick.body).toMatchObject({
      company: { orgNumber: '112233445', nace: { code: '52.29' }, orgForm: { code: 'AS' } },
      departments: [],
      companyId: null,
      failures: [],
    });
    const missing = await call('GET', '/api/registers/NO/999999999');
    expect(missing.status).toBe(404);
    const down = await call('GET', '/api/registers/NO/914778271');
    expect(down.status).toBe(502);
    expect(down.body.error).toEqual({
      code: 'registerUnavailable',
      message: expect.stringContaining('Brønnøysundregistrene (Enhetsregisteret) answered HTTP 503'),
    });
    const noKey = await call('GET', '/api/registers/GB/00006400');
    expect(noKey.status).toBe(502);
    expect(noKey.body.error.message).toContain('COMPANIES_HOUSE_API_KEY');
  });

  it('says when a register can only look numbers up, without asking it', async () => {
    t.close();
    t = await createTestApp({ BRREG_URL: brreg.url, BOLAGSVERKET_CLIENT_ID: 'id', BOLAGSVERKET_CLIENT_SECRET: 'secret' });
    call = apiCaller(t.app, await t.login());
    const res = await call('GET', '/api/registers/search?q=volvo&countries=SE');
    expect(res.body).toMatchObject({
      items: [],
      failures: [{ country: 'SE', register: 'Bolagsverket', message: expect.stringContaining('by org number only') }],
    });
  });

  it('refuses bad input with 400', async () => {
    for (const path of [
      '/api/registers/search?q=a',
      '/api/registers/search?q=sesam&countries=NO,XX',
      '/api/registers/search?q=sesam&limit=500',
      '/api/registers/XX/112233445',
      '/api/registers/NO/abc',
    ]) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('invalid');
    }
  });

  it("keeps the workspace's choice of registers; only admins change it", async () => {
    const settings = await call('GET', '/api/settings/registers');
    expect(settings.body.countries).toEqual(['NO', 'SE', 'DK', 'GB']);
    expect(settings.body.registers).toContainEqual(
      expect.objectContaining({
        country: 'GB',
        name: 'Companies House',
        mirrored: false,
        mirror: null,
        unavailable: expect.stringContaining('API key'),
      }),
    );
    expect(settings.body.registers).toContainEqual(
      expect.objectContaining({ country: 'NO', unavailable: null, searchesByName: true }),
    );
    const member = await t.addUser('member');
    expect((await call('PUT', '/api/settings/registers', { countries: ['NO'] }, member.token)).status).toBe(403);
    expect((await call('PUT', '/api/settings/registers', { countries: ['NO', 'NO'] })).body.countries).toEqual(['NO']);
    const res = await call('GET', '/api/registers/search?q=sesam');
    expect(res.body.failures).toEqual([]);
    expect(Object.keys(res.body.sources)).toEqual(['NO']);
  });
});
