import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import { newId } from '../../shared/ids';
import { type ApiCall, apiCaller, auth, createTestApp, json } from '../helpers/test-app';

type Page = { items: Company[]; nextCursor: string | null };

describe('REST /api/companies and /api/contacts', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);

  it('creates, reads, patches and deletes a company', async () => {
    const created = await call('POST', '/api/companies', {
      name: 'Aker Fisk AS',
      website: 'aker-fisk.example.no',
      orgNumber: '923 609 016',
    });
    expect(created.status).toBe(201);
    const id = created.body.company.id;
    expect(created.body.company).toMatchObject({ domain: 'aker-fisk.example.no', orgNumber: '923609016' });
    const patched = await call('PATCH', `/api/companies/${id}`, { phone: '+47 55 55 55 55', email: '' });
    expect(patched.body.company).toMatchObject({ name: 'Aker Fisk AS', phone: '+47 55 55 55 55', email: null });
    expect((await call('DELETE', `/api/companies/${id}`)).status).toBe(200);
    expect((await call('GET', `/api/companies/${id}`)).status).toBe(404);
  });

  it('lists companies by name with search and cursor paging', async () => {
    for (const name of ['bergen Bryggeri', 'Alfa Data', 'Cerise Consulting', 'Bodø Bygg', 'alfa Omega']) {
      await call('POST', '/api/companies', { name });
    }
    const first = (await call('GET', '/api/companies?limit=2')).body as Page;
    expect(first.items.map((c) => c.name)).toEqual(['Alfa Data', 'alfa Omega']);
    const second = (await call('GET', `/api/companies?limit=2&cursor=${first.nextCursor}`)).body as Page;
    expect(second.items.map((c) => c.name)).toEqual(['bergen Bryggeri', 'Bodø Bygg']);
    const third = (await call('GET', `/api/companies?limit=2&cursor=${second.nextCursor}`)).body as Page;
    expect(third).toMatchObject({ items: [{ name: 'Cerise Consulting' }], nextCursor: null });
    const found = (await call('GET', '/api/companies?q=ALFA')).body as Page;
    expect(found.items.map((c) => c.name)).toEqual(['Alfa Data', 'alfa Omega']);
  });

  it('finds a company by org number with or without spaces, and by domain', async () => {
    await call('POST', '/api/companies', {
      name: 'Vestland Verft AS',
      orgNumber: '923609016',
      website: 'https://vestland-verft.example.no',
    });
    for (const q of ['923 609 016', '923609016', 'vestland-verft.example']) {
      const page = (await call('GET', `/api/companies?q=${encodeURIComponent(q)}`)).body as Page;
      expect(
        page.items.map((c) => c.name),
        q,
      ).toEqual(['Vestland Verft AS']);
    }
  });

  it('opens a company with its contacts and their positions; unlinking keeps the contact', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Nordkapp Reiser AS' })).body.company;
    const contact = (
      await call('POST', '/api/contacts', { firstName: 'Ola', lastName: 'Nordmann', email: 'ola@nordkapp.example.no' })
    ).body.contact;
    const linked = await call('POST', `/api/contacts/${contact.id}/companies`, {
      companyId: company.id,
      position: 'Daglig leder',
    });
    expect(linked.status).toBe(201);
    const card = (await call('GET', `/api/companies/${company.id}`)).body;
    expect(card.contacts).toMatchObject([{ contact: { firstName: 'Ola' }, position: 'Daglig leder', isPrimary: true }]);
    expect((await call('DELETE', `/api/contacts/${contact.id}/companies/${company.id}`)).status).toBe(200);
    expect((await call('GET', `/api/companies/${company.id}`)).body.contacts).toEqual([]);
    expect((await call('GET', `/api/contacts/${contact.id}`)).body.contact.firstName).toBe('Ola');
  });

  it('links one contact to many companies with a position at each, one primary', async () => {
    const a = (await call('POST', '/api/companies', { name: 'A AS' })).body.company;
    const b = (await call('POST', '/api/companies', { name: 'B AB' })).body.company;
    const contact = (await call('POST', '/api/contacts', { firstName: 'Sven' })).body.contact;
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: a.id, position: 'Board member' });
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: b.id, position: 'CEO', isPrimary: true });
    const card = (await call('GET', `/api/contacts/${contact.id}`)).body;
    expect(card.companies.map((c: any) => [c.company.name, c.position, c.isPrimary])).toEqual([
      ['A AS', 'Board member', false],
      ['B AB', 'CEO', true],
    ]);
  });

  it("answers another workspace's ids with 404 and changes nothing", async () => {
    const other = await t.otherWorkspace();
    const theirs = (await (
      await t.app.request('/api/companies', json('POST', { name: 'Secret AS' }, other.token))
    ).json()) as any;
    const id = theirs.company.id;
    expect((await call('GET', `/api/companies/${id}`)).status).toBe(404);
    expect((await call('PATCH', `/api/companies/${id}`, { name: 'Mine now' })).status).toBe(404);
    expect((await call('DELETE', `/api/companies/${id}`)).status).toBe(404);
    const contact = (await call('POST', '/api/contacts', { firstName: 'Eve' })).body.contact;
    expect((await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: id })).status).toBe(404);
    const still = await (await t.app.request(`/api/companies/${id}`, auth(other.token))).json();
    expect((still as any).company.name).toBe('Secret AS');
  });

  it('lists contacts by last name and finds them by a part of the name, e-mail or phone digits', async () => {
    await call('POST', '/api/contacts', { firstName: 'Per', lastName: 'Johansen', phone: '+47 912 34 567' });
    await call('POST', '/api/contacts', { firstName: 'Anne', lastName: 'Hansen', email: 'anne@firma.example.no' });
    await call('POST', '/api/contacts', { firstName: 'Bo', lastName: 'Ek' });
    expect((await call('GET', '/api/contacts')).body.items.map((c: any) => c.lastName)).toEqual(['Ek', 'Hansen', 'Johansen']);
    expect((await call('GET', '/api/contacts?q=hanse')).body.items.map((c: any) => c.lastName)).toEqual(['Hansen', 'Johansen']);
    expect((await call('GET', '/api/contacts?q=91234567')).body.items.map((c: any) => c.lastName)).toEqual(['Johansen']);
    expect((await call('GET', '/api/contacts?q=firma.example')).body.items.map((c: any) => c.lastName)).toEqual(['Hansen']);
  });

  it('takes a client-minted id on create, and answers a retried create with the first result', async () => {
    const id = newId();
    const res = await call('POST', '/api/companies', { id, name: 'Offline First AS' });
    expect(res.body.company.id).toBe(id);
    const retry = await call('POST', '/api/companies', { id, name: 'Twice' });
    expect(retry.status).toBe(200);
    expect(retry.body.company.name).toBe('Offline First AS');
  });
});
