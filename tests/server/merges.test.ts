import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('find duplicates, merge and undo', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const created = async (path: string, body: Record<string, unknown>) => {
    const res = await call('POST', path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (res.body.company ?? res.body.contact ?? res.body.item) as { id: string } & Record<string, any>;
  };
  const tag = async (name: string) => created('/api/settings/lists', { kind: 'tag', name });
  const card = async (id: string) => (await call('GET', `/api/companies/${id}`)).body;

  async function twoFjordLines() {
    const [vip, export_] = [await tag('VIP'), await tag('Export')];
    const survivor = await created('/api/companies', { name: 'Fjordline AS', country: 'NO', tagIds: [vip.id] });
    const other = await created('/api/companies', {
      name: 'Fjord Line AS',
      country: 'NO',
      orgNumber: '923609016',
      email: 'post@fjordline.example.no',
      tagIds: [export_.id],
    });
    const both = await created('/api/contacts', { firstName: 'Kari', lastName: 'Nordmann' });
    const onlyOther = await created('/api/contacts', { firstName: 'Ola', lastName: 'Berg' });
    await call('POST', `/api/contacts/${both.id}/companies`, { companyId: survivor.id, position: 'CEO' });
    await call('POST', `/api/contacts/${both.id}/companies`, { companyId: other.id, position: 'Board' });
    await call('POST', `/api/contacts/${onlyOther.id}/companies`, { companyId: other.id, position: 'CFO' });
    const unit = await created('/api/companies', { name: 'Fjord Line Bergen', country: 'NO', parentId: other.id });
    const year = new Date().getUTCFullYear();
    await created('/api/invoices', {
      companyId: other.id,
      number: '1',
      date: `${year}-01-10`,
      amountMinor: 100_00,
      currency: 'NOK',
      status: 'paid',
    });
    return { survivor, other, both, onlyOther, unit, vip, export_ };
  }

  it('ranks the pair in "find duplicates", merges it with the picked values and moves links, units, invoices and history', async () => {
    const r = await twoFjordLines();
    const pairs = (await call('GET', '/api/duplicates?entity=company')).body.pairs as {
      a: { id: string };
      b: { id: string };
      reasons: string[];
    }[];
    const pair = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [r.survivor.id, r.other.id].sort().join());
    expect(pair?.reasons).toContain('name');

    const merge = await call('POST', '/api/merges', {
      entity: 'company',
      survivorId: r.survivor.id,
      otherId: r.other.id,
      picks: { name: 'survivor' },
    });
    expect(merge.status, JSON.stringify(merge.body)).toBe(201);

    const after = await card(r.survivor.id);
    expect(after.company).toMatchObject({
      name: 'Fjordline AS',
      orgNumber: '923609016',
      email: 'post@fjordline.example.no',
      tagIds: [r.vip.id, r.export_.id],
    });
    const people = (after.contacts as { contact: { id: string }; position: string }[]).map((c) => [c.contact.id, c.position]);
    expect(people).toHaveLength(2);
    expect(people).toContainEqual([r.both.id, 'CEO']);
    expect(people).toContainEqual([r.onlyOther.id, 'CFO']);
    expect(after.units.map((u: { id: string }) => u.id)).toEqual([r.unit.id]);
    expect(after.counters.invoicedThisYear).toEqual({ NOK: 100_00 });
    expect((await call('GET', `/api/companies/${r.other.id}`)).status).toBe(404);
    // The merged record lives on in the survivor: not in the trash, and not restorable behind the merge's back.
    expect((await call('GET', '/api/trash?entity=company')).body.items).toEqual([]);
    const restore = await call('POST', `/api/trash/company/${r.other.id}/restore`);
    expect(restore.status).toBe(409);
    expect(restore.body.error.message).toContain('undo the merge');
    // A client's push of the same restore is refused alike (the rule is the domain's, not the route's).
    const pushed = await call('POST', '/sync/push', pushBody(newId(), [{ name: 'company.restore', args: { id: r.other.id } }]));
    expect(pushed.body.results).toMatchObject([{ status: 'rejected', reason: 'conflict' }]);
    expect((await call('GET', `/api/companies/${r.other.id}`)).status).toBe(404);

    const history = (await call('GET', `/api/history/company/${r.survivor.id}`)).body.entries as {
      recordId: string;
      action: string;
      field: string | null;
    }[];
    expect(history[0]).toMatchObject({ action: 'merge', field: 'mergedFrom' });
    expect(history.some((e) => e.recordId === r.other.id && e.action === 'create')).toBe(true);
    const merges = (await call('GET', `/api/merges?entity=company&survivorId=${r.survivor.id}`)).body.items;
    expect(merges).toMatchObject([{ id: merge.body.mergeId, mergedId: r.other.id, undoneAt: null }]);
  });

  it('undoes a merge from the survivor: the merged company returns with its links, and later edits on the survivor stay', async () => {
    const r = await twoFjordLines();
    const { mergeId } = (await call('POST', '/api/merges', { entity: 'company', survivorId: r.survivor.id, otherId: r.other.id }))
      .body as { mergeId: string };
    expect((await call('PATCH', `/api/companies/${r.survivor.id}`, { email: 'hello@fjordline.example.no' })).status).toBe(200);

    const undo = await call('POST', `/api/merges/${mergeId}/undo`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(undo.body).toEqual({ restoredId: r.other.id, keptFields: ['email'] });

    const survivor = await card(r.survivor.id);
    expect(survivor.company).toMatchObject({
      name: 'Fjordline AS',
      orgNumber: null,
      email: 'hello@fjordline.example.no',
      tagIds: [r.vip.id],
    });
    expect(survivor.contacts.map((c: { contact: { id: string }; position: string }) => [c.contact.id, c.position])).toEqual([
      [r.both.id, 'CEO'],
    ]);
    const other = await card(r.other.id);
    expect(other.company.name).toBe('Fjord Line AS');
    expect(other.contacts).toHaveLength(2);
    expect(other.units.map((u: { id: string }) => u.id)).toEqual([r.unit.id]);
    expect(other.counters.invoicedThisYear).toEqual({ NOK: 100_00 });

    const history = (await call('GET', `/api/history/company/${r.survivor.id}`)).body.entries as {
      recordId: string;
      action: string;
    }[];
    expect(history[0]!.action).toBe('unmerge');
    expect(history.some((e) => e.recordId === r.other.id)).toBe(false);
    expect((await call('POST', `/api/merges/${mergeId}/undo`)).status).toBe(409);
    const pairs = (await call('GET', '/api/duplicates?entity=company')).body.pairs as { a: { id: string }; b: { id: string } }[];
    expect(pairs.some((p) => [p.a.id, p.b.id].includes(r.other.id) && [p.a.id, p.b.id].includes(r.survivor.id))).toBe(false);
  });

  it('merges contacts: e-mails and phones from both, companies moved, the primary e-mail kept', async () => {
    const company = await created('/api/companies', { name: 'Havbruk AS', country: 'NO' });
    const a = await created('/api/contacts', { firstName: 'Ingrid', lastName: 'Olsen', email: 'ingrid@havbruk.example.no' });
    const b = await created('/api/contacts', {
      firstName: 'Ingrid',
      lastName: 'Olsen',
      emails: [{ address: 'ingrid.olsen@gmail.example.com', label: 'Private' }],
      phones: [{ number: '+47 912 34 567', label: 'Mobile' }],
      title: 'Daglig leder',
    });
    await call('POST', `/api/contacts/${b.id}/companies`, { companyId: company.id, position: 'CEO' });
    const probe = (await call('GET', '/api/duplicates/contact?phone=91234567&firstName=Kari')).body.matches;
    expect(probe).toMatchObject([{ contact: { id: b.id }, reasons: ['phone'] }]);

    const res = await call('POST', '/api/merges', { entity: 'contact', survivorId: a.id, otherId: b.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const merged = (await call('GET', `/api/contacts/${a.id}`)).body;
    expect(merged.contact).toMatchObject({
      email: 'ingrid@havbruk.example.no',
      phone: '+4791234567',
      title: 'Daglig leder',
      emails: [
        { address: 'ingrid@havbruk.example.no', label: null },
        { address: 'ingrid.olsen@gmail.example.com', label: 'Private' },
      ],
    });
    expect(merged.companies.map((c: { company: { id: string } }) => c.company.id)).toEqual([company.id]);
  });

  it('answers a create through the API with the companies it may duplicate', async () => {
    const first = await created('/api/companies', { name: 'Nordlys Fisk AS', country: 'NO', orgNumber: '923609016' });
    const res = await call('POST', '/api/companies', { name: 'Nordlys Fisk', country: 'NO', orgNumber: '923 609 016' });
    expect(res.status).toBe(201);
    expect(res.body.duplicates).toMatchObject([{ company: { id: first.id }, reasons: ['orgNumber', 'name'] }]);
  });

  it('refuses bad merges with the field named and writes nothing', async () => {
    const r = await twoFjordLines();
    const other = await t.otherWorkspace();
    const theirs = await apiCaller(t.app, other.token)('POST', '/api/companies', {
      name: 'Fjord Line Holding AS',
      country: 'NO',
    });
    const version = async () => (await call('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1')).body.cursor as number;
    const before = await version();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ entity: 'company', survivorId: r.survivor.id, otherId: theirs.body.company.id }, 400, 'otherId'],
      [{ entity: 'company', survivorId: r.survivor.id, otherId: r.survivor.id }, 400, 'otherId'],
      [{ entity: 'company', survivorId: r.survivor.id, otherId: r.other.id, picks: { id: 'other' } }, 400, 'picks.id'],
      [{ entity: 'company', survivorId: r.survivor.id, otherId: r.both.id }, 400, 'otherId'],
      [{ entity: 'planet', survivorId: r.survivor.id, otherId: r.other.id }, 400, 'entity'],
    ];
    for (const [body, status, field] of cases) {
      const res = await call('POST', '/api/merges', body);
      expect(res.status, field).toBe(status);
      expect(JSON.stringify(res.body.error), field).toContain(field);
    }
    expect(await version()).toBe(before);
    expect((await card(r.other.id)).company.name).toBe('Fjord Line AS');
    const { mergeId } = (await call('POST', '/api/merges', { entity: 'company', survivorId: r.survivor.id, otherId: r.other.id }))
      .body;
    expect((await apiCaller(t.app, other.token)('POST', `/api/merges/${mergeId}/undo`)).status).toBe(404);
  });
});
