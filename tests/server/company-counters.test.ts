import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';
import { companyArgs } from '../helpers/factories';

describe('agreement and invoice summaries, and the counters on every company', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  const year = new Date().getUTCFullYear();
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const newCompany = async () => (await call('POST', '/api/companies', companyArgs())).body.company as { id: string };
  const agreement = (companyId: string, over: Record<string, unknown> = {}) =>
    call('POST', '/api/agreements', {
      companyId,
      number: 'A-1',
      title: 'Framework agreement',
      date: `${year}-02-01`,
      amountMinor: 12_000_00,
      currency: 'nok',
      status: 'sent',
      ...over,
    });
  const invoice = (companyId: string, over: Record<string, unknown> = {}) =>
    call('POST', '/api/invoices', {
      companyId,
      number: '10001',
      date: `${year}-03-15`,
      amountMinor: 5_000_00,
      currency: 'NOK',
      status: 'paid',
      ...over,
    });

  it('counts unsigned agreements and open tasks and sums what was invoiced this year, on the list and on the card', async () => {
    const a = await newCompany();
    const b = await newCompany();
    expect((await agreement(a.id)).status).toBe(201);
    await agreement(a.id, { number: 'A-2', status: 'draft' });
    await agreement(a.id, { number: 'A-3', status: 'signed' });
    await agreement(b.id, { number: 'B-1', status: 'cancelled' });
    await invoice(a.id);
    await invoice(a.id, { number: '10002', status: 'overdue', amountMinor: 2_500_50 });
    await invoice(a.id, { number: '10003', status: 'credited', amountMinor: 9_999_00 });
    await invoice(a.id, { number: '10004', status: 'draft', amountMinor: 1_00 });
    await invoice(a.id, { number: '9001', date: `${year - 1}-12-31`, amountMinor: 7_00 });
    await invoice(a.id, { number: 'E-1', currency: 'EUR', amountMinor: 300_00 });
    await call('POST', '/api/tasks', { title: 'Call back', companyIds: [a.id] });
    await call('POST', '/api/tasks', { title: 'Send offer', status: 'inProgress', companyIds: [a.id, b.id] });
    await call('POST', '/api/tasks', { title: 'Done already', status: 'done', companyIds: [a.id] });
    const gone = (await call('POST', '/api/tasks', { title: 'Deleted', companyIds: [a.id] })).body.item;
    await call('DELETE', `/api/tasks/${gone.id}`);

    const card = (await call('GET', `/api/companies/${a.id}`)).body;
    expect(card.counters).toEqual({
      activeProjects: 0,
      openTasks: 2,
      unsignedAgreements: 2,
      invoicedThisYear: { NOK: 7_500_50, EUR: 300_00 },
    });
    const list = (await call('GET', '/api/companies?limit=50')).body.items as { id: string; counters: unknown }[];
    expect(list.find((c) => c.id === a.id)?.counters).toEqual(card.counters);
    expect(list.find((c) => c.id === b.id)?.counters).toEqual({
      activeProjects: 0,
      openTasks: 1,
      unsignedAgreements: 0,
      invoicedThisYear: {},
    });

    const agreements = (await call('GET', `/api/agreements?companyId=${a.id}`)).body.items as {
      number: string;
      currency: string;
    }[];
    expect(agreements.map((x) => x.number).sort()).toEqual(['A-1', 'A-2', 'A-3']);
    expect(agreements[0]!.currency).toBe('NOK');
  });

  it('signing an agreement or deleting an invoice moves the counters, and both are in the sync stream', async () => {
    const a = await newCompany();
    const created = (await agreement(a.id)).body.item as { id: string };
    const inv = (await invoice(a.id)).body.item as { id: string };
    const signed = await call('PATCH', `/api/agreements/${created.id}`, { status: 'signed' });
    expect(signed.status).toBe(200);
    // A partial update leaves what it does not name alone.
    expect(signed.body.item).toMatchObject({ status: 'signed', title: 'Framework agreement', number: 'A-1' });
    const due = (await invoice(a.id, { number: '10009', dueDate: `${year}-04-15` })).body.item as { id: string };
    const paid = await call('PATCH', `/api/invoices/${due.id}`, { status: 'paid' });
    expect(paid.body.item).toMatchObject({ status: 'paid', dueDate: `${year}-04-15` });
    await call('DELETE', `/api/invoices/${due.id}`);
    expect((await call('DELETE', `/api/invoices/${inv.id}`)).status).toBe(200);
    const card = (await call('GET', `/api/companies/${a.id}`)).body;
    expect(card.counters).toMatchObject({ unsignedAgreements: 0, invoicedThisYear: {} });

    const pull = (await call('GET', '/sync/pull?protocolVersion=1&cursor=0')).body as {
      changes: { type: string; entity: string; id?: string }[];
    };
    expect(pull.changes.some((ch) => ch.entity === 'agreement' && ch.type === 'put')).toBe(true);
    expect(pull.changes.some((ch) => ch.entity === 'invoice' && ch.type === 'remove' && ch.id === inv.id)).toBe(true);
  });

  it('refuses bad summaries with the field named, and writes nothing', async () => {
    const a = await newCompany();
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2026-02-30' }, 'date'],
      [{ currency: 'kroner' }, 'currency'],
      [{ amountMinor: 10.5 }, 'amountMinor'],
      [{ status: 'lost' }, 'status'],
      [{ companyId: '01900000-0000-7000-8000-000000000000' }, 'companyId'],
    ];
    for (const [over, field] of cases) {
      const res = await agreement(a.id, over);
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body.error), field).toContain(field);
    }
    expect((await call('GET', `/api/agreements?companyId=${a.id}`)).body.items).toEqual([]);
  });

  it("keeps another workspace's summaries and companies apart", async () => {
    const a = await newCompany();
    const inv = (await invoice(a.id)).body.item as { id: string };
    const other = await t.otherWorkspace();
    const theirs = apiCaller(t.app, other.token);
    expect((await theirs('GET', `/api/invoices/${inv.id}`)).status).toBe(404);
    expect((await theirs('GET', `/api/invoices?companyId=${a.id}`)).body.items).toEqual([]);
    expect((await theirs('PATCH', `/api/invoices/${inv.id}`, { status: 'credited' })).status).toBe(404);
    const res = await theirs('POST', '/api/invoices', {
      companyId: a.id,
      number: 'X',
      date: `${year}-01-01`,
      amountMinor: 1,
      currency: 'NOK',
      status: 'sent',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('companyId');
    expect((await call('GET', `/api/companies/${a.id}`)).body.counters.invoicedThisYear).toEqual({ NOK: 5_000_00 });
  });
});
