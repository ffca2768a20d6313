import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawInsert } from '../../server/db/raw-upsert';
import { contactCompanies, contacts } from '../../server/db/schema';
import { recordSql } from '../../server/records/record-sql';
import { BROAD_MATCH, matchPlan } from '../../server/records/text-search';
import type { Contact } from '../../shared/entities/contact';
import type { ListItem } from '../../shared/entities/list-item';
import { newId } from '../../shared/ids';
import { newContactDefaults } from '../../shared/mutations/contact.mutations';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

type Page = { items: Contact[]; nextCursor: string | null };

describe('filtering and sorting the contact list', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const names = async (query: string) => {
    const res = await call('GET', `/api/contacts?${query}`);
    expect(res.status, query).toBe(200);
    return (res.body.items as Contact[]).map((c) => `${c.firstName} ${c.lastName ?? ''}`.trim());
  };
  const addList = async (kind: string, name: string, appliesTo?: string) =>
    (await call('POST', '/api/settings/lists', { kind, name, appliesTo })).body.item as ListItem;
  const create = async (body: Record<string, unknown>) => {
    const res = await call('POST', '/api/contacts', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.contact as Contact;
  };

  async function seed() {
    const vip = await addList('tag', 'VIP');
    const speaker = await addList('category', 'Speaker', 'contact');
    const fjordlys = (await call('POST', '/api/companies', { name: 'Fjordlys AS' })).body.company as { id: string };
    const ingrid = await create({
      firstName: 'Ingrid',
      lastName: 'Haugen',
      tagIds: [vip.id],
      address: { city: 'Ålesund', postalCode: '6002', country: 'no' },
      customFields: { source: 'Nor-Shipping' },
    });
    const per = await create({
      firstName: 'Per',
      lastName: 'Dahl',
      address: { city: 'Bergen', postalCode: '5003', country: 'NO' },
    });
    const sanne = await create({
      firstName: 'Sanne',
      lastName: 'de Vries',
      categoryIds: [speaker.id],
      tagIds: [vip.id],
      address: { city: 'Amsterdam', postalCode: '1015 AA', country: 'NL' },
    });
    const cher = await create({ firstName: 'Cher', customFields: { source: 'Referral' } });
    for (const contact of [ingrid, per]) {
      expect((await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: fjordlys.id })).status).toBe(201);
    }
    expect((await call('PUT', `/api/contacts/${sanne.id}/private-customer`, { isPrivateCustomer: true })).status).toBe(200);
    return { vip, speaker, fjordlys, ingrid, per, sanne, cher };
  }

  it('narrows by tag, category, company, place, private customer and custom field, and combines them with the search', async () => {
    const { vip, speaker, fjordlys } = await seed();
    expect(await names('')).toEqual(['Cher', 'Per Dahl', 'Sanne de Vries', 'Ingrid Haugen']);
    expect(await names(`tagIds=${vip.id}`)).toEqual(['Sanne de Vries', 'Ingrid Haugen']);
    expect(await names(`categoryIds=${speaker.id}`)).toEqual(['Sanne de Vries']);
    expect(await names(`companyId=${fjordlys.id}`)).toEqual(['Per Dahl', 'Ingrid Haugen']);
    expect(await names(`companyId=${fjordlys.id}&tagIds=${vip.id}`)).toEqual(['Ingrid Haugen']);
    expect(await names('city=BERGEN')).toEqual(['Per Dahl']);
    expect(await names('postalCode=60')).toEqual(['Ingrid Haugen']);
    // Stored as typed ("no"), found whatever the case.
    expect(await names('country=NO')).toEqual(['Per Dahl', 'Ingrid Haugen']);
    expect(await names('isPrivateCustomer=true')).toEqual(['Sanne de Vries']);
    expect(await names('isPrivateCustomer=false')).toEqual(['Cher', 'Per Dahl', 'Ingrid Haugen']);
    expect(await names('cf.source=Referral')).toEqual(['Cher']);
    expect(await names(`q=haugen&tagIds=${vip.id}`)).toEqual(['Ingrid Haugen']);
    expect(await names(`q=fjordlys&city=bergen`)).toEqual(['Per Dahl']);
    expect(await names(`q=zz&tagIds=${vip.id}`)).toEqual([]);
  });

  it('leaves out people whose link to the company, or the company itself, is gone', async () => {
    const { fjordlys, ingrid, per } = await seed();
    await call('DELETE', `/api/contacts/${per.id}/companies/${fjordlys.id}`);
    expect(await names(`companyId=${fjordlys.id}`)).toEqual(['Ingrid Haugen']);
    await call('DELETE', `/api/companies/${fjordlys.id}`);
    expect(await names(`companyId=${fjordlys.id}`)).toEqual([]);
    expect((await call('GET', `/api/contacts/${ingrid.id}`)).status).toBe(200);
  });

  it('sorts by every sort key in both directions, paging through every contact once', async () => {
    await seed();
    const all = async (query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (await call('GET', `/api/contacts?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
        seen.push(...page.items.map((c) => c.firstName));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await all('sort=name')).toEqual(['Cher', 'Per', 'Sanne', 'Ingrid']);
    expect(await all('sort=name&dir=desc')).toEqual(['Ingrid', 'Sanne', 'Per', 'Cher']);
    // Created in this order; the private customer was changed last.
    expect(await all('sort=createdAt')).toEqual(['Ingrid', 'Per', 'Sanne', 'Cher']);
    expect(await all('sort=createdAt&dir=desc')).toEqual(['Cher', 'Sanne', 'Per', 'Ingrid']);
    expect((await all('sort=updatedAt&dir=desc'))[0]).toBe('Sanne');
    // Contacts without a customer number count as 0 and come first, in creation order.
    expect(await all('sort=customerNumber')).toEqual(['Ingrid', 'Per', 'Cher', 'Sanne']);
    expect(await all('sort=customerNumber&dir=desc')).toEqual(['Sanne', 'Cher', 'Per', 'Ingrid']);
  });

  it('filters on created and updated time ranges', async () => {
    const { ingrid } = await seed();
    const later = Date.now() + 60_000;
    expect(await names(`createdFrom=${later}`)).toEqual([]);
    expect(await names(`updatedTo=${later}`)).toHaveLength(4);
    expect(await names(`createdTo=${ingrid.createdAt}`)).toEqual(['Ingrid Haugen']);
  });

  it('answers /ids with every match of the search and filter, never another workspace’s', async () => {
    const { vip } = await seed();
    const other = await t.otherWorkspace();
    const theirs = await t.app.request('/api/contacts', json('POST', { firstName: 'Ingrid', lastName: 'Haugen' }, other.token));
    expect(theirs.status).toBe(201);
    const ids = async (query: string) => (await call('GET', `/api/contacts/ids?${query}`)).body.ids as string[];
    const mine = ((await call('GET', '/api/contacts?limit=10')).body as Page).items;
    expect(await ids('')).toEqual(mine.map((c) => c.id));
    expect(await ids('q=haugen')).toEqual(mine.filter((c) => c.lastName === 'Haugen').map((c) => c.id));
    expect(await ids(`tagIds=${vip.id}&sort=createdAt&dir=desc`)).toEqual(
      mine.filter((c) => c.tagIds.includes(vip.id)).map((c) => c.id),
    );
  });

  it('answers a bad filter with 400 naming it', async () => {
    for (const [query, field] of [
      ['tagIds=not-a-uuid', 'tagIds'],
      ['companyId=acme', 'companyId'],
      ['country=Norway', 'country'],
      ['isPrivateCustomer=maybe', 'isPrivateCustomer'],
      ['sort=employees', 'sort'],
      ['createdFrom=yesterday', 'createdFrom'],
    ]) {
      for (const path of ['/api/contacts', '/api/contacts/ids']) {
        const res = await call('GET', `${path}?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body.error.code, query).toBe('invalid');
        expect(res.body.error.issues[0].path[0], query).toBe(field);
        expect(res.body.error.message, query).toContain(field);
      }
    }
  });

  it('pages the people of a company in name order, walking the name index for thousands and sorting a few', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Storselskapet ASA' })).body.company as { id: string };
    const now = Date.now();
    const stamp = { workspaceId: t.first.workspaceId, createdAt: now, updatedAt: now, createdBy: t.first.userId };
    const rows: Contact[] = Array.from({ length: BROAD_MATCH + 200 }, (_, i) => ({
      ...newContactDefaults(),
      ...stamp,
      id: newId(),
      updatedBy: t.first.userId,
      deletedAt: null,
      version: 1,
      // Every tenth shares a name, so page boundaries fall inside runs of equal names.
      firstName: i % 10 === 0 ? 'Kari' : `Kari ${i}`,
      lastName: i % 3 === 0 ? 'Berg' : 'Lund',
    }));
    const outsiders = rows.slice(0, 150).map((r) => ({ ...r, id: newId() }));
    await rawInsert(t.deps.client, contacts, [...rows, ...outsiders]);
    const links = (people: Contact[]) =>
      people.map((c) => ({ ...stamp, id: newId(), updatedBy: t.first.userId, deletedAt: null, version: 1, contactId: c.id }));
    await rawInsert(t.deps.client, contactCompanies, [
      ...links(rows).map((l) => ({ ...l, companyId: company.id, position: null, isPrimary: true })),
    ]);
    const few = rows.slice(0, 40);
    const small = (await call('POST', '/api/companies', { name: 'Lite AS' })).body.company as { id: string };
    await rawInsert(t.deps.client, contactCompanies, [
      ...links(few).map((l) => ({ ...l, companyId: small.id, position: null, isPrimary: false })),
    ]);

    const sortKey = (c: Contact) => `${c.lastName ?? ''} ${c.firstName}`.toLowerCase();
    for (const [companyId, count, broad] of [
      [company.id, rows.length, true],
      [small.id, few.length, false],
    ] as const) {
      const [byCompany] = recordSql.contact.indexedFilters({ companyId }, t.first.workspaceId);
      expect((await matchPlan(t.db, [byCompany!])).broad).toBe(broad);
      const seen: Contact[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (
          await call('GET', `/api/contacts?companyId=${companyId}&limit=500${cursor ? `&cursor=${cursor}` : ''}`)
        ).body;
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen.map((c) => c.id)).size).toBe(count);
      const keys = seen.map(sortKey);
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });
});
