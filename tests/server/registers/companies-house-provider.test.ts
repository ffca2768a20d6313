import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chProfileToRegisterCompany } from '../../../server/registers/companies-house/companies-house-company';
import { CompaniesHouseProvider } from '../../../server/registers/companies-house/companies-house-provider';
import { i18nFor } from '../../../server/i18n/server-i18n';
import { inLanguage } from '../../../server/i18n/wording';
import { RegisterError } from '../../../server/registers/register-provider';
import { recordedServer } from '../../helpers/recorded-http';

const fixture = (name: string) => ({ file: resolve('tests/fixtures/registers/companies-house', `${name}.json`) });
const KEY = 'ch-test-key';

describe('Companies House adapter against recorded and documented responses', () => {
  let register: Awaited<ReturnType<typeof recordedServer>>;
  let ch: CompaniesHouseProvider;
  beforeAll(async () => {
    register = await recordedServer({
      'GET /search/companies?q=renable&items_per_page=10': fixture('search-companies'),
      'GET /search/companies?q=nobody%20at%20all&items_per_page=10': { body: '{"items":[],"total_results":0}' },
      'GET /company/00006402': fixture('company-profile-liquidation'),
      'GET /company/00006410': fixture('company-profile-dissolved'),
      'GET /company/00006402/uk-establishments': {
        status: 404,
        body: '{"errors":[{"error":"company-uk-establishments-not-found"}]}',
      },
      'GET /company/00006406/uk-establishments': fixture('uk-establishments'),
      'GET /company/FC031950/uk-establishments': {
        body: JSON.stringify({
          items: [
            { company_number: 'BR000101', company_name: 'NORDIC FERRIES AB', company_status: 'open', locality: 'HULL' },
            { company_number: 'BR000102', company_name: 'NORDIC FERRIES AB', company_status: 'closed', locality: 'Dover' },
          ],
        }),
      },
      'GET /company/00019993': fixture('company-profile-delta-wrapped'),
      'GET /search/companies?q=html&items_per_page=10': { body: '<html>maintenance</html>', contentType: 'text/html' },
      'GET /search/companies?q=down&items_per_page=10': { status: 503, body: 'unavailable' },
      'GET /search/companies?q=busy&items_per_page=10': { status: 429, body: '{}' },
      'GET /company/SC000001': { status: 401, body: '{"error":"Invalid Authorization","type":"ch:service"}' },
    });
    ch = new CompaniesHouseProvider(KEY, register.url);
  });
  afterAll(() => register.close());

  it('searches by name and maps each hit: number, type, status and registered office', async () => {
    const hits = await ch.search('renable', { limit: 10 });
    expect(hits.map((h) => [h.orgNumber, h.name, h.status])).toEqual([
      ['00006402', 'RENABLE PHARMA LTD', 'dissolving'],
      ['SC123456', 'RENABLE ENERGY PLC', 'active'],
      ['OC300001', 'RENABLE PARTNERS LLP', 'deleted'],
    ]);
    expect(hits[0]).toMatchObject({
      country: 'GB',
      orgForm: { code: 'ltd', label: 'Private limited company' },
      businessAddress: {
        street: 'Ground Floor, Marlow International, Parkway',
        postalCode: 'SL7 1YL',
        city: 'Marlow',
        country: 'GB',
      },
      flags: { dissolving: true, bankrupt: false, deleted: false },
      registeredOn: '2015-03-04',
      // Search hits carry no SIC codes.
      nace: null,
      employees: null,
    });
    // A house number joins its street; a city written in capitals is tidied.
    expect(hits[1]!.businessAddress).toEqual({
      street: '12 Castle Street',
      postalCode: 'EH2 3AT',
      city: 'Edinburgh',
      country: 'GB',
    });
    expect(hits[1]!.orgForm).toEqual({ code: 'plc', label: 'Public limited company' });
    expect(hits[2]).toMatchObject({ orgForm: { code: 'llp', label: 'Limited liability partnership' }, flags: { deleted: true } });
    expect(await ch.search('nobody at all', { limit: 10 })).toEqual([]);
  });

  it('sends the key as the Basic auth user name with an empty password', async () => {
    await ch.search('renable', { limit: 10 });
    const sent = register.requests.at(-1)!.headers.authorization!;
    expect(sent).toBe(`Basic ${Buffer.from(`${KEY}:`).toString('base64')}`);
    expect(Buffer.from(sent.slice('Basic '.length), 'base64').toString()).toBe('ch-test-key:');
  });

  it('looks a company up by number: SIC code to NACE, insolvency status, registered office', async () => {
    const renable = await ch.lookup('00006402');
    expect(renable).toEqual({
      country: 'GB',
      orgNumber: '00006402',
      name: 'RENABLE PHARMA LTD',
      orgForm: { code: 'ltd', label: 'Private limited company' },
      nace: { code: '72.11', label: 'Research and experimental development on biotechnology' },
      industry: { code: '72110', label: '' },
      employees: null,
      businessAddress: {
        street: 'Ground Floor Marlow International, Parkway',
        postalCode: 'SL7 1YL',
        city: 'Marlow',
        country: 'GB',
      },
      postalAddress: null,
      website: null,
      status: 'dissolving',
      flags: {
        bankrupt: false,
        dissolving: true,
        forcedDissolution: false,
        deleted: false,
        vatRegistered: null,
        employerRegistered: null,
      },
      parentOrgNumber: null,
      registeredOn: '2015-03-04',
    });
  });

  it('pads a short number, reads a dissolved company as deleted, and gives null for an unknown one (404)', async () => {
    const dissolved = await ch.lookup('6410');
    expect(dissolved).toMatchObject({
      orgNumber: '00006410',
      name: 'RENABLE HOLDINGS LIMITED',
      status: 'deleted',
      flags: { deleted: true },
      nace: { code: '70.10' },
      businessAddress: { street: '84 Drayton Gardens, South Kensington', postalCode: 'SW10 9SB', city: 'London', country: 'GB' },
    });
    expect(register.requests.at(-1)!.path).toBe('/company/00006410');
    expect(await ch.lookup('09999999')).toBeNull();
  });

  it('takes an 8-character company number typed into search as a lookup', async () => {
    const hits = await ch.search(' 0000 6402 ', { limit: 10 });
    expect(hits.map((h) => h.orgNumber)).toEqual(['00006402']);
    expect(register.requests.at(-1)!.path).toBe('/company/00006402');
    expect(await ch.search('sc999999', { limit: 10 })).toEqual([]);
    expect(register.requests.at(-1)!.path).toBe('/company/SC999999');
  });

  it("lists an overseas company's open UK establishments as departments, and none for a company without", async () => {
    const establishments = await ch.departments('00006406');
    expect(establishments.map((e) => [e.orgNumber, e.name, e.parentOrgNumber, e.businessAddress?.city, e.status])).toEqual([
      ['00006404', 'RENABLE PHARMA LTD', '00006406', 'Harlow', 'active'],
      ['00006405', 'RENABLE PHARMA LTD', '00006406', 'Ayrshire', 'active'],
    ]);
    expect(establishments[0]!.orgForm).toBeNull();
    const ferries = await ch.departments('fc031950');
    expect(ferries.map((e) => [e.orgNumber, e.businessAddress?.city])).toEqual([['BR000101', 'Hull']]);
    expect(await ch.departments('00006402')).toEqual([]);
  });

  it('maps every company status the API documents', () => {
    const profile = { company_number: '00000001', company_name: 'X LTD', type: 'ltd' };
    const statusOf = (company_status: string, extra: Record<string, unknown> = {}) =>
      chProfileToRegisterCompany({ ...profile, company_status, ...extra }).status;
    expect(statusOf('active')).toBe('active');
    expect(statusOf('active', { company_status_detail: 'active-proposal-to-strike-off' })).toBe('dissolving');
    expect(statusOf('active', { sic_codes: ['99999'] })).toBe('inactive');
    expect(statusOf('liquidation')).toBe('dissolving');
    for (const insolvent of ['administration', 'receivership', 'voluntary-arrangement', 'insolvency-proceedings']) {
      expect(statusOf(insolvent), insolvent).toBe('bankrupt');
    }
    for (const gone of ['dissolved', 'converted-closed', 'closed', 'removed']) expect(statusOf(gone), gone).toBe('deleted');
    expect(statusOf('some-new-status')).toBe('inactive');
    expect(chProfileToRegisterCompany({ ...profile, type: 'investment-company-with-variable-capital' }).orgForm).toEqual({
      code: 'investment-company-with-variable-capital',
      label: 'Investment company with variable capital',
    });
  });

  it('turns a missing key, a refused key, an outage and a malformed answer into errors naming Companies House', async () => {
    const keyless = new CompaniesHouseProvider(undefined, register.url);
    expect(inLanguage(i18nFor('en'), keyless.unavailable!)).toMatch(/Companies House.*COMPANIES_HOUSE_API_KEY/);
    const before = register.requests.length;
    for (const call of [
      () => keyless.search('renable', { limit: 10 }),
      () => keyless.lookup('00006402'),
      () => keyless.departments('00006406'),
    ]) {
      await expect(call()).rejects.toMatchObject({
        kind: 'missingKey',
        message: expect.stringContaining('COMPANIES_HOUSE_API_KEY'),
      });
    }
    expect(register.requests.length).toBe(before);

    for (const [call, kind] of [
      [() => ch.lookup('SC000001'), 'refused'],
      [() => ch.search('down', { limit: 10 }), 'down'],
      [() => ch.search('busy', { limit: 10 }), 'rateLimited'],
      [() => ch.search('html', { limit: 10 }), 'malformed'],
      // Companies House's internal delta message: JSON, but not a company profile.
      [() => ch.lookup('00019993'), 'malformed'],
    ] as const) {
      const error = await call().catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(RegisterError);
      expect((error as RegisterError).kind).toBe(kind);
      expect((error as RegisterError).message).toContain('Companies House');
    }

    const gone = await recordedServer({});
    const closed = new CompaniesHouseProvider(KEY, gone.url);
    await gone.close();
    await expect(closed.lookup('00006402')).rejects.toMatchObject({
      kind: 'down',
      message: expect.stringContaining('Companies House'),
    });
  });
});
