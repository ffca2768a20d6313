import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import type { ListItem } from '../../shared/entities/list-item';
import { type ApiCall, apiCaller, auth, createTestApp } from '../helpers/test-app';

describe('filtering and sorting the company list', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let item: (kind: string, name: string) => ListItem;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    const lists = ((await (await t.app.request('/api/settings/lists', auth(token))).json()) as { items: ListItem[] }).items;
    item = (kind, name) => lists.find((l) => l.kind === kind && l.name === name)!;
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const names = async (query: string) =>
    ((await call('GET', `/api/companies?${query}`)).body.items as Company[]).map((c) => c.name);
  const addList = async (kind: string, name: string) =>
    (await call('POST', '/api/settings/lists', { kind, name })).body.item as ListItem;

  async function seed() {
    const vip = await addList('tag', 'VIP');
    const fish = await addList('industry', 'Fishing');
    const customer = item('relationshipType', 'Customer').id;
    const prospect = item('relationshipType', 'Prospect').id;
    const member = await t.addUser('member');
    const rows = [
      {
        name: 'Aalesund Fisk AS',
        relationshipTypeId: customer,
        industryId: fish.id,
        tagIds: [vip.id],
        address: { city: 'Ålesund', postalCode: '6002' },
        country: 'NO',
        employees: 40,
      },
      {
        name: 'Bergen Data AS',
        relationshipTypeId: prospect,
        address: { city: 'Bergen', postalCode: '5003' },
        country: 'NO',
        employees: 8,
        ownerIds: [member.id],
      },
      {
        name: 'Cph Design ApS',
        relationshipTypeId: customer,
        tagIds: [vip.id],
        address: { city: 'København', postalCode: '1058' },
        country: 'DK',
        customFields: { region: 'Zealand' },
      },
      {
        name: 'Drammen Fisk AS',
        relationshipTypeId: prospect,
        industryId: fish.id,
        address: { city: 'Drammen', postalCode: '3015' },
        country: 'NO',
        employees: 120,
      },
    ];
    for (const r of rows) expect((await call('POST', '/api/companies', r)).status).toBe(201);
    return { vip, fish, customer, prospect, member };
  }

  it('narrows by relationship, tag, industry, owner, place and custom field, all combined', async () => {
    const { vip, fish, customer, prospect, member } = await seed();
    expect(await names(`relationshipTypeIds=${customer}`)).toEqual(['Aalesund Fisk AS', 'Cph Design ApS']);
    expect(await names(`relationshipTypeIds=${customer},${prospect}&country=no`)).toEqual([
      'Aalesund Fisk AS',
      'Bergen Data AS',
      'Drammen Fisk AS',
    ]);
    expect(await names(`tagIds=${vip.id}&industryIds=${fish.id}`)).toEqual(['Aalesund Fisk AS']);
    expect(await names(`ownerIds=${member.id}`)).toEqual(['Bergen Data AS']);
    expect(await names('city=bergen')).toEqual(['Bergen Data AS']);
    expect(await names('postalCode=30')).toEqual(['Drammen Fisk AS']);
    expect(await names('cf.region=Zealand')).toEqual(['Cph Design ApS']);
    expect(await names(`q=fisk&relationshipTypeIds=${prospect}`)).toEqual(['Drammen Fisk AS']);
  });

  it('sorts by any sort key in either direction, paging through all rows once', async () => {
    await seed();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Company[]; nextCursor: string | null } = (
        await call('GET', `/api/companies?sort=employees&dir=desc&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Drammen Fisk AS', 'Aalesund Fisk AS', 'Bergen Data AS', 'Cph Design ApS']);
  });

  it('filters on created and updated time ranges', async () => {
    await seed();
    const later = Date.now() + 60_000;
    expect(await names(`createdFrom=${later}`)).toEqual([]);
    expect((await names(`updatedTo=${later}`)).length).toBe(4);
  });

  it('answers a bad filter with 400 naming it', async () => {
    for (const [query, field] of [
      ['tagIds=not-a-uuid', 'tagIds'],
      ['country=Norway', 'country'],
      ['sort=colour', 'sort'],
      ['createdFrom=yesterday', 'createdFrom'],
    ]) {
      const res = await call('GET', `/api/companies?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.issues[0].path[0], query).toBe(field);
    }
  });
});
