import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeesOf } from '../../../server/registers/cvr/cvr-company';
import { CvrProvider } from '../../../server/registers/cvr/cvr-provider';
import { RegisterError } from '../../../server/registers/register-provider';
import { recordedServer } from '../../helpers/recorded-http';

const fixture = (name: string) => ({ file: resolve('tests/fixtures/registers/cvr', `${name}.json`) });

describe('CVR adapter (cvrapi.dk) against responses in its documented format', () => {
  let register: Awaited<ReturnType<typeof recordedServer>>;
  let cvr: CvrProvider;
  beforeAll(async () => {
    register = await recordedServer({
      'GET /api?search=havnegade&country=dk': fixture('company-with-production-units'),
      'GET /api?vat=10150817&country=dk': fixture('company-with-production-units'),
      'GET /api?vat=25313704&country=dk': fixture('company-ended-after-bankruptcy'),
      'GET /api?vat=12345674&country=dk': { ...fixture('not-found'), status: 404 },
      'GET /api?search=nobody&country=dk': fixture('not-found'),
      'GET /api?search=quota&country=dk': { body: '{"error":"QUOTA_EXCEEDED","message":"Quota exceeded","t":0,"version":6}' },
      'GET /api?search=banned&country=dk': { body: '{"error":"BANNED","t":0,"version":6}' },
      'GET /api?search=broken&country=dk': { body: '{"name":"No number","productionunits":[]}' },
      'GET /api?search=html&country=dk': { body: '<html>maintenance</html>', contentType: 'text/html' },
      'GET /api?search=down&country=dk': { status: 503, body: 'unavailable' },
      'GET /api?search=havnegade&country=dk&token=s3cret': fixture('company-with-production-units'),
      'GET /api?search=refused&country=dk&token=wrong': { status: 401, body: '{"error":"INVALID_TOKEN"}' },
    });
    cvr = new CvrProvider(undefined, `${register.url}/api`, 'crm@fjord.example');
  });
  afterAll(() => register.close());

  it('searches by name: one best match, DB07 code to NACE, company form, size band, address', async () => {
    const hits = await cvr.search('havnegade', { limit: 10 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toEqual({
      country: 'DK',
      orgNumber: '10150817',
      name: 'Havnegade Design ApS',
      orgForm: { code: '80', label: 'Anpartsselskab' },
      nace: { code: '31.09', label: 'Manufacture of other furniture' },
      industry: { code: '310900', label: 'Fremstilling af andre møbler' },
      // "10-19": the band's lower bound.
      employees: 10,
      businessAddress: { street: 'Havnegade 21', postalCode: '1058', city: 'København K', country: 'DK' },
      postalAddress: null,
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
      registeredOn: '2009-03-17',
    });
    expect(await cvr.search('nobody', { limit: 10 })).toEqual([]);
  });

  it('sends a User-Agent naming Fjord and a contact, and the token when one is set', async () => {
    await cvr.search('havnegade', { limit: 10 });
    expect(register.requests.at(-1)!.headers['user-agent']).toBe('Fjord CRM - crm@fjord.example');
    const paid = new CvrProvider('s3cret', `${register.url}/api`);
    expect(paid.unavailable).toBeNull();
    expect(await paid.search('havnegade', { limit: 10 })).toHaveLength(1);
    expect(register.requests.at(-1)!.path).toBe('/api?search=havnegade&country=dk&token=s3cret');
    expect(register.requests.at(-1)!.headers['user-agent']).toBe('Fjord CRM');
  });

  it('looks a company up by CVR number, an ended one as deleted (bankrupt flag kept), an unknown one as null', async () => {
    expect(await cvr.lookup('DK 10 15 08 17')).toMatchObject({ orgNumber: '10150817', status: 'active' });
    const ended = await cvr.lookup('25313704');
    expect(ended).toMatchObject({
      name: 'Nyhavn Tømrer ApS',
      status: 'deleted',
      flags: { deleted: true, bankrupt: true },
      nace: { code: '43.32' },
      businessAddress: { street: 'c/o Kurator Advokatfirma, Nyhavn 12', postalCode: '1051', city: 'København K' },
      employees: null,
    });
    expect(await cvr.lookup('12345674')).toBeNull();
    const asked = register.requests.length;
    expect(await cvr.lookup('not a number')).toBeNull();
    expect(register.requests.length).toBe(asked);
  });

  it('takes an 8-digit number typed into search as a lookup by CVR number', async () => {
    const hits = await cvr.search('10150817', { limit: 5 });
    expect(hits.map((h) => h.name)).toEqual(['Havnegade Design ApS']);
    expect(register.requests.at(-1)!.path).toBe('/api?vat=10150817&country=dk');
  });

  it("lists the company's live production units as departments, with P-numbers and the parent's CVR number", async () => {
    const units = await cvr.departments('10150817');
    expect(
      units.map((u) => [u.orgNumber, u.name, u.parentOrgNumber, u.businessAddress?.city, u.nace?.code, u.employees]),
    ).toEqual([
      ['1017846452', 'Havnegade Design ApS', '10150817', 'København K', '31.09', 5],
      ['1021553087', 'Havnegade Design Showroom Aarhus', '10150817', 'Aarhus C', '47.59', 4],
    ]);
    expect(units[1]).toMatchObject({
      orgForm: null,
      status: 'active',
      businessAddress: { street: 'Mejlgade 48', postalCode: '8000', country: 'DK' },
      registeredOn: '2016-09-01',
    });
    expect(await cvr.departments('25313704')).toEqual([]);
    expect(await cvr.departments('12345674')).toEqual([]);
  });

  it('reads employee counts given as a number, a band or nothing', () => {
    expect([employeesOf(199), employeesOf('10-19'), employeesOf('1000+'), employeesOf(null), employeesOf('ukendt')]).toEqual([
      199,
      10,
      1000,
      null,
      null,
    ]);
  });

  it("turns cvrapi.dk's error codes, an outage and a malformed answer into errors naming CVR", async () => {
    const refused = new CvrProvider('wrong', `${register.url}/api`);
    for (const [call, kind] of [
      [() => cvr.search('quota', { limit: 10 }), 'rateLimited'],
      [() => cvr.search('banned', { limit: 10 }), 'refused'],
      [() => refused.search('refused', { limit: 10 }), 'refused'],
      [() => cvr.search('broken', { limit: 10 }), 'malformed'],
      [() => cvr.search('html', { limit: 10 }), 'malformed'],
      [() => cvr.search('down', { limit: 10 }), 'down'],
    ] as const) {
      const error = await call().catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(RegisterError);
      expect((error as RegisterError).kind).toBe(kind);
      expect((error as RegisterError).message).toContain('CVR');
    }
    const gone = await recordedServer({});
    const closed = new CvrProvider(undefined, `${gone.url}/api`);
    await gone.close();
    await expect(closed.lookup('10150817')).rejects.toMatchObject({ kind: 'down', message: expect.stringContaining('CVR') });
  });
});
