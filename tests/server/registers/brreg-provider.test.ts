import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrregProvider } from '../../../server/registers/brreg/brreg-provider';
import { RegisterError } from '../../../server/registers/register-provider';
import { recordedServer } from '../../helpers/recorded-http';

const fixture = (name: string) => ({ file: resolve('tests/fixtures/registers/brreg', `${name}.json`) });

/** A sub-unit of 987654321 as Brreg lists it; closed on `closed` if given. */
const sub = (orgnr: string, navn: string, closed?: string) => ({
  organisasjonsnummer: orgnr,
  navn,
  organisasjonsform: { kode: 'BEDR', beskrivelse: 'Bedrift' },
  overordnetEnhet: '987654321',
  beliggenhetsadresse: { postnummer: '0150', poststed: 'OSLO', adresse: ['Gate 1'], landkode: 'NO' },
  ...(closed && { nedleggelsesdato: closed }),
});
const page = (units: object[], number: number, totalPages: number) =>
  JSON.stringify({ _embedded: { underenheter: units }, page: { size: 200, totalElements: 3, totalPages, number } });

describe('Enhetsregisteret adapter against recorded Brreg responses', () => {
  let register: Awaited<ReturnType<typeof recordedServer>>;
  let brreg: BrregProvider;
  beforeAll(async () => {
    register = await recordedServer({
      'GET /enheter?navn=sesam&size=10': fixture('enheter-search-page1-response'),
      'GET /enheter?navn=jibberish&size=10': fixture('enheter-search-empty-response'),
      'GET /enheter/112233445': fixture('enheter-details-response'),
      'GET /enheter/123456789': { ...fixture('enheter-details-deleted-response'), status: 410 },
      'GET /enheter/776655441': { status: 404, body: '{"status":404}' },
      'GET /underenheter/776655441': fixture('underenheter-details-response'),
      'GET /underenheter?overordnetEnhet=443322119&size=200&page=0': fixture('underenheter-search-response'),
      'GET /underenheter?overordnetEnhet=987654321&size=200&page=0': {
        body: page([sub('111111111', 'AVDELING EN'), sub('222222222', 'AVDELING TO', '2019-01-01')], 0, 2),
      },
      'GET /underenheter?overordnetEnhet=987654321&size=200&page=1': { body: page([sub('333333333', 'AVDELING TRE')], 1, 2) },
      'GET /enheter?navn=broken&size=10': { body: '{"_embedded":{"enheter":[{"navn":"No number"}]},"page":{}}' },
      'GET /enheter?navn=html&size=10': { body: '<html>maintenance</html>', contentType: 'text/html' },
      'GET /enheter?navn=down&size=10': { status: 503, body: 'unavailable' },
    });
    brreg = new BrregProvider(register.url);
  });
  afterAll(() => register.close());

  it('searches by name and maps each unit: national industry code to NACE, form, employees, address', async () => {
    const hits = await brreg.search('sesam', { limit: 10 });
    expect(hits.map((h) => [h.orgNumber, h.name])).toEqual([
      ['976030788', 'SESAM AS'],
      ['971497017', 'SESAM FAMILIEBARNEHAGE'],
    ]);
    expect(hits[0]).toMatchObject({
      country: 'NO',
      orgForm: { code: 'AS', label: 'Aksjeselskap' },
      industry: { code: '56.101', label: 'Drift av restauranter og kafeer' },
      nace: { code: '56.10' },
      employees: 10,
      businessAddress: { street: 'Elgeseter gate 1', postalCode: '7030', city: 'Trondheim', country: 'NO' },
      status: 'active',
    });
    expect(hits[0]!.nace!.label).toMatch(/restaurant/i);
    expect(await brreg.search('jibberish', { limit: 10 })).toEqual([]);
  });

  it('looks a unit up by number (spaces allowed), a deleted one (410) as deleted, and falls back to sub-units', async () => {
    const sesam = await brreg.search('112 233 445', { limit: 10 });
    expect(sesam).toHaveLength(1);
    expect(sesam[0]).toMatchObject({
      orgNumber: '112233445',
      name: 'SESAM STASJON',
      nace: { code: '52.29' },
      industry: { code: '52.292', label: 'Skipsmegling' },
      employees: 50,
      businessAddress: { street: 'Tyvholmen 1', postalCode: '0101', city: 'Oslo' },
      postalAddress: { street: 'c/o reder K. Rusing, Postboks 1752 Vika', postalCode: '0122', city: 'Oslo' },
      flags: { bankrupt: false, deleted: false, vatRegistered: true },
      registeredOn: '2017-10-20',
    });
    const deleted = await brreg.lookup('123456789');
    expect(deleted).toMatchObject({ name: 'SLETTET ENHET AS', status: 'deleted', flags: { deleted: true } });
    const subUnit = await brreg.lookup('776655441');
    // Closed in 2018: a sub-unit, not live any more, and BEDR is no legal form.
    expect(subUnit).toMatchObject({ parentOrgNumber: '112233445', status: 'inactive', orgForm: null });
    expect(await brreg.lookup('999999999')).toBeNull();
  });

  it("lists a unit's live sub-units as departments", async () => {
    const departments = await brreg.departments('443322119');
    expect(departments.map((d) => [d.orgNumber, d.name, d.parentOrgNumber, d.businessAddress?.city])).toEqual([
      ['334455660', 'TRYLLEBUTIKKEN SESAM', '443322119', 'Nord-Odal'],
    ]);
  });

  it('pages through many departments, leaving out closed ones', async () => {
    const departments = await brreg.departments('987 654 321');
    expect(departments.map((d) => d.name)).toEqual(['AVDELING EN', 'AVDELING TRE']);
    expect(register.requests.filter((r) => r.path.startsWith('/underenheter?overordnetEnhet=987654321'))).toHaveLength(2);
  });

  it('turns a malformed answer or an outage into an error naming the register', async () => {
    for (const [query, kind] of [
      ['broken', 'malformed'],
      ['html', 'malformed'],
      ['down', 'down'],
    ] as const) {
      const error = await brreg.search(query, { limit: 10 }).catch((e: unknown) => e);
      expect(error, query).toBeInstanceOf(RegisterError);
      expect((error as RegisterError).kind, query).toBe(kind);
      expect((error as RegisterError).message, query).toContain('Brønnøysundregistrene');
    }
    const gone = new BrregProvider('http://127.0.0.1:9');
    await expect(gone.search('sesam', { limit: 10 })).rejects.toMatchObject({ kind: 'down' });
  });
});
