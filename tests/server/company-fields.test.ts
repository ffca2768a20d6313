import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import type { ListItem } from '../../shared/entities/list-item';
import { newId } from '../../shared/ids';
import { type ApiCall, apiCaller, auth, createTestApp } from '../helpers/test-app';

type ErrorBody = { error: { code: string; message: string; issues?: { path: unknown[]; message: string }[] } };

describe('company records as complete as RecMan and 24SevenOffice cards', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let lists: ListItem[];
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    lists = ((await (await t.app.request('/api/settings/lists', auth(token))).json()) as { items: ListItem[] }).items;
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const listItem = (kind: string, name: string) => lists.find((l) => l.kind === kind && l.name === name)!;
  const create = async (body: Record<string, unknown>) => call('POST', '/api/companies', { name: 'Fjellvegen Bygg AS', ...body });

  it('stores every card field, normalised', async () => {
    const industry = (await call('POST', '/api/settings/lists', { kind: 'industry', name: 'Construction' })).body.item;
    const tag = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Key account' })).body.item;
    const { status, body } = await create({
      orgNumber: '923 609 016',
      country: 'no',
      orgForm: 'AS',
      naceCode: '41.200',
      employees: 42,
      address: { street: 'Fjellvegen 2', postalCode: '5003', city: 'Bergen', country: 'NO' },
      postalAddress: { street: 'Postboks 12', postalCode: '5804', city: 'Bergen', country: 'NO' },
      invoiceAddress: null,
      relationshipTypeId: listItem('relationshipType', 'Customer').id,
      statusTypeId: listItem('statusType', 'Active').id,
      industryId: industry.id,
      tagIds: [tag.id],
      ownerIds: [t.first.userId],
      invoice: { type: 'ehf', email: 'faktura@fjellvegen.example.no', creditDays: 14 },
      customFields: { crmLegacyId: 'RM-1042', vip: true },
    });
    expect(status).toBe(201);
    expect(body.company).toMatchObject({
      orgNumber: '923609016',
      country: 'NO',
      naceCode: '41.20',
      employees: 42,
      postalAddress: { street: 'Postboks 12' },
      tagIds: [tag.id],
      ownerIds: [t.first.userId],
      invoice: { type: 'ehf', creditDays: 14 },
      customFields: { crmLegacyId: 'RM-1042', vip: true },
      customerNumber: 10000,
    });
  });

  it('gives each new company the next customer number of the workspace', async () => {
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await create({ name: `Kunde ${i} AS` })).body.company.customerNumber);
    expect(numbers).toEqual([10000, 10001, 10002]);
  });

  it.each([
    [{ orgNumber: '923 609 017', country: 'NO' }, 'orgNumber', /not a valid NO org number/],
    [{ orgNumber: '556036-0794', country: 'SE' }, 'orgNumber', /not a valid SE org number/],
    [{ naceCode: '99.99' }, 'naceCode', /NACE Rev. 2 code/],
    [{ relationshipTypeId: newId() }, 'relationshipTypeId', /not a relationshipType of this workspace/],
    [{ ownerIds: [newId()] }, 'ownerIds', /not \(or no longer\) a member of this workspace/],
    [{ invoice: { type: 'carrier-pigeon', email: null, creditDays: 10 } }, 'invoice', /Invalid option/],
    [{ invoice: { type: 'paper', email: null, creditDays: 400 } }, 'invoice', /at most 365/],
    [{ employees: -1 }, 'employees', /0 or more/],
  ])('refuses %j naming the field, writing nothing', async (fields, field, message) => {
    const { status, body } = await create(fields);
    expect(status).toBe(400);
    expect((body as ErrorBody).error.issues?.[0]?.path[0]).toBe(field);
    expect((body as ErrorBody).error.message).toMatch(message);
    expect((await call('GET', '/api/companies')).body.items).toEqual([]);
  });

  it('refuses a status used as a relationship type, and a contact-only category on a company', async () => {
    expect((await create({ relationshipTypeId: listItem('statusType', 'Active').id })).status).toBe(400);
    const category = (await call('POST', '/api/settings/lists', { kind: 'category', name: 'Candidates', appliesTo: 'contact' }))
      .body.item;
    const { status, body } = await create({ categoryIds: [category.id] });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/does not apply to companies/);
  });

  it("refuses another workspace's user as owner", async () => {
    const other = await t.otherWorkspace();
    expect((await create({ ownerIds: [other.userId] })).status).toBe(400);
  });

  it('builds a tree of units: the card lists them, and a cycle is refused', async () => {
    const parent = (await create({ name: 'Konsern AS' })).body.company as Company;
    const unit = (await create({ name: 'Konsern AS avd. Bergen', parentId: parent.id })).body.company as Company;
    await create({ name: 'Konsern AS avd. Oslo', parentId: parent.id });
    const card = (await call('GET', `/api/companies/${parent.id}`)).body;
    expect(card.units.map((u: { name: string }) => u.name)).toEqual(['Konsern AS avd. Bergen', 'Konsern AS avd. Oslo']);
    const cycle = await call('PATCH', `/api/companies/${parent.id}`, { parentId: unit.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.issues[0].path).toEqual(['parentId']);
  });

  it('keeps a deleted tag on a company editable, but refuses adding it anew', async () => {
    const tag = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Old' })).body.item;
    const company = (await create({ tagIds: [tag.id] })).body.company as Company;
    await call('DELETE', `/api/settings/lists/${tag.id}`);
    expect((await call('PATCH', `/api/companies/${company.id}`, { tagIds: [tag.id], employees: 3 })).status).toBe(200);
    expect((await create({ name: 'Ny AS', tagIds: [tag.id] })).status).toBe(400);
  });

  it('names the parent on the card and explains an org number in words', async () => {
    const parent = (await create({ name: 'Mor AS' })).body.company as Company;
    const unit = (await create({ name: 'Datter AS', parentId: parent.id })).body.company as Company;
    expect((await call('GET', `/api/companies/${unit.id}`)).body.parent).toEqual({ id: parent.id, name: 'Mor AS' });
    const bad = await create({ orgNumber: '923609017', country: 'NO' });
    expect(bad.body.error.issues[0].message).toBe('is not a valid NO org number: the check digit does not match');
  });

  it('re-checks the org number when the country changes', async () => {
    const company = (await create({ orgNumber: '10150817' })).body.company as Company;
    expect(company.orgNumber).toBe('10150817');
    expect((await call('PATCH', `/api/companies/${company.id}`, { country: 'DK' })).status).toBe(200);
    expect((await call('PATCH', `/api/companies/${company.id}`, { country: 'NO' })).status).toBe(400);
  });
});
