import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';
import { companyArgs } from '../helpers/factories';

describe('typed custom fields and additional information', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const define = async (body: Record<string, unknown>) => {
    const res = await call('POST', '/api/settings/custom-fields', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.item as { id: string; label: string };
  };
  const newCompany = async (over: Record<string, unknown> = {}) =>
    (await call('POST', '/api/companies', companyArgs(over))).body.company as {
      id: string;
      customFields: Record<string, unknown>;
    };

  it('stores values under the field id, checks them against the type, and keeps them when the field is renamed', async () => {
    const size = await define({ entity: 'company', label: 'Fleet size', type: 'number' });
    const renewal = await define({ entity: 'company', label: 'Renewal', type: 'date' });
    const tier = await define({ entity: 'company', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] });
    const company = await newCompany({
      customFields: { [size.id]: 12, [renewal.id]: '2027-01-31', [tier.id]: 'Gold', note: 'free' },
    });
    expect(company.customFields).toEqual({ [size.id]: 12, [renewal.id]: '2027-01-31', [tier.id]: 'Gold', note: 'free' });

    for (const [id, value, message] of [
      [size.id, 'twelve', '"Fleet size" must be a number'],
      [renewal.id, '31.01.2027', '"Renewal" must be a date'],
      [tier.id, 'Bronze', '"Tier" must be one of: Gold, Silver'],
    ] as const) {
      const res = await call('PATCH', `/api/companies/${company.id}`, { customFields: { ...company.customFields, [id]: value } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
      expect(res.body.error.message).toContain('customFields');
    }
    const bulk = await call('POST', '/api/companies/bulk', {
      ids: [company.id],
      action: { type: 'setCustomField', key: size.id, value: 'many' },
    });
    expect(bulk.body.rejected[0].message).toContain('"Fleet size" must be a number');
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.customFields).toEqual(company.customFields);

    expect((await call('PATCH', `/api/settings/custom-fields/${size.id}`, { label: 'Vessels' })).body.item.label).toBe('Vessels');
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.customFields[size.id]).toBe(12);
    const retype = await call('PATCH', `/api/settings/custom-fields/${size.id}`, { type: 'text' });
    expect(retype.status).toBe(400);
  });

  it('filters companies by a typed value, including one of a multi-choice', async () => {
    const products = await define({
      entity: 'company',
      label: 'Products',
      type: 'multiChoice',
      options: ['CRM', 'ERP', 'Payroll'],
    });
    const active = await define({ entity: 'company', label: 'Key account', type: 'boolean' });
    const a = await newCompany({ name: 'Alfa AS', customFields: { [products.id]: ['CRM', 'ERP'], [active.id]: true } });
    const b = await newCompany({ name: 'Beta AS', customFields: { [products.id]: ['Payroll'], [active.id]: false } });
    const names = async (query: string) =>
      ((await call('GET', `/api/companies?${query}`)).body.items as { name: string }[]).map((c) => c.name);
    expect(await names(`cf.${products.id}=ERP`)).toEqual(['Alfa AS']);
    expect(await names(`cf.${products.id}=Payroll`)).toEqual(['Beta AS']);
    expect(await names(`cf.${active.id}=true`)).toEqual(['Alfa AS']);
    expect(await names(`cf.${active.id}=false`)).toEqual(['Beta AS']);
    expect(await names(`cf.${products.id}=array`)).toEqual([]);
    expect(a.id).not.toBe(b.id);
  });

  it('adds the standard additional-information fields once, for admins only', async () => {
    const first = await call('POST', '/api/settings/custom-fields/standard-additional', { entity: 'contact' });
    expect(first.status).toBe(201);
    expect((first.body.items as { label: string; section: string }[]).map((f) => [f.label, f.section])).toEqual([
      ['Contact origin', 'additional'],
      ['Products', 'additional'],
      ['Sources', 'additional'],
    ]);
    const again = await call('POST', '/api/settings/custom-fields/standard-additional', { entity: 'contact' });
    expect(again.status).toBe(200);
    expect(again.body.items).toHaveLength(3);

    const member = await t.addUser('member');
    const denied = await call(
      'POST',
      '/api/settings/custom-fields',
      { entity: 'company', label: 'X', type: 'text' },
      member.token,
    );
    expect(denied.status).toBe(403);
    const origin = (first.body.items as { id: string; label: string }[]).find((f) => f.label === 'Contact origin')!;
    const contact = await call('POST', '/api/contacts', {
      firstName: 'Kari',
      lastName: 'Nordmann',
      customFields: { [origin.id]: 'Event' },
    });
    expect(contact.status).toBe(201);
    const wrong = await call('POST', '/api/contacts', { firstName: 'Ola', customFields: { [origin.id]: 'Carrier pigeon' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('"Contact origin" must be one of');
    const onCompany = await call('POST', '/api/companies', companyArgs({ customFields: { [origin.id]: 'Event' } }));
    expect(onCompany.status).toBe(400);
    expect(onCompany.body.error.message).toContain('"Contact origin" is a field of contacts');
  });

  it('refuses a choice field without sensible input and answers 404 for another workspace', async () => {
    const bad = await call('POST', '/api/settings/custom-fields', { entity: 'company', label: '', type: 'colour' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.issues)).toContain('label');
    const field = await define({ entity: 'company', label: 'Segment', type: 'text' });
    const other = await t.otherWorkspace();
    expect((await call('PATCH', `/api/settings/custom-fields/${field.id}`, { label: 'Mine' }, other.token)).status).toBe(404);
    expect((await call('GET', '/api/settings/custom-fields', undefined, other.token)).body.items).toEqual([]);
  });
});
