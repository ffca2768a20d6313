import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/entities/contact';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('contacts as complete as the CRMs users leave behind', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const newContact = async (body: Record<string, unknown>) => (await call('POST', '/api/contacts', body)).body.contact as Contact;

  it('stores phones in E.164, read in the contact country, and keeps every e-mail with its label', async () => {
    const contact = await newContact({
      firstName: 'Astrid',
      lastName: 'Lindqvist',
      address: { street: 'Sveavägen 1', postalCode: '111 57', city: 'Stockholm', country: 'SE' },
      phones: [
        { number: '08-123 456 78', label: 'Office' },
        { number: '+47 912 34 567', label: 'Mobile (NO)' },
      ],
      emails: [
        { address: 'Astrid@Example.se', label: 'Work' },
        { address: 'astrid.l@example.com', label: 'Private' },
      ],
      notes: 'Met at Nor-Shipping 2025.',
    });
    expect(contact).toMatchObject({
      phone: '+46812345678',
      phones: [
        { number: '+46812345678', label: 'Office' },
        { number: '+4791234567', label: 'Mobile (NO)' },
      ],
      email: 'astrid@example.se',
      emails: [
        { address: 'astrid@example.se', label: 'Work' },
        { address: 'astrid.l@example.com', label: 'Private' },
      ],
      notes: 'Met at Nor-Shipping 2025.',
    });
    const patched = (await call('PATCH', `/api/contacts/${contact.id}`, { email: 'astrid@newjob.example.se' })).body
      .contact as Contact;
    expect(patched.emails.map((e) => e.address)).toEqual(['astrid@newjob.example.se', 'astrid.l@example.com']);
    expect(patched.emails[0]!.label).toBe('Work');
  });

  it('refuses a phone that is not one, or an e-mail that is not one, naming the field', async () => {
    const phone = await call('POST', '/api/contacts', { firstName: 'Per', phones: [{ number: 'ring meg' }] });
    expect(phone.status).toBe(400);
    expect(phone.body.error.issues[0].path[0]).toBe('phones');
    const email = await call('POST', '/api/contacts', { firstName: 'Per', emails: [{ address: 'per@' }] });
    expect(email.status).toBe(400);
    expect(email.body.error.issues[0].path[0]).toBe('emails');
    expect((await call('GET', '/api/contacts')).body.items).toEqual([]);
  });

  it('turns a contact into a private customer with the next number of the sequence companies use', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Bedrift AS' })).body.company;
    const person = await newContact({ firstName: 'Ola', lastName: 'Privat' });
    const res = await call('PUT', `/api/contacts/${person.id}/private-customer`, { isPrivateCustomer: true });
    expect(res.body.contact).toMatchObject({ isPrivateCustomer: true, customerNumber: company.customerNumber + 1 });
    const again = await call('PUT', `/api/contacts/${person.id}/private-customer`, { isPrivateCustomer: true });
    expect(again.body.contact.customerNumber).toBe(company.customerNumber + 1);
  });

  it('finds contacts like 24SevenOffice does: name parts, e-mail, phone in any format, company, org number, domain', async () => {
    const company = (
      await call('POST', '/api/companies', {
        name: 'Havbris Rederi AS',
        orgNumber: '923609016',
        country: 'NO',
        website: 'https://havbris.example.no',
      })
    ).body.company;
    const hansen = await newContact({ firstName: 'Kari', lastName: 'Hansen', phone: '+47 412 34 567' });
    await newContact({ firstName: 'Jon', lastName: 'Johansen', email: 'jon@fiske.example.no' });
    await newContact({ firstName: 'Eva', lastName: 'Berg' });
    await call('POST', `/api/contacts/${hansen.id}/companies`, { companyId: company.id, position: 'CFO' });
    const find = async (q: string) =>
      ((await call('GET', `/api/contacts?q=${encodeURIComponent(q)}`)).body.items as Contact[]).map((c) => c.lastName);
    expect(await find('hanse')).toEqual(['Hansen', 'Johansen']);
    expect(await find('kari')).toEqual(['Hansen']);
    expect(await find('fiske.example')).toEqual(['Johansen']);
    expect(await find('412 34 567')).toEqual(['Hansen']);
    expect(await find('+4741234567')).toEqual(['Hansen']);
    expect(await find('havbris rederi')).toEqual(['Hansen']);
    expect(await find('923 609 016')).toEqual(['Hansen']);
    expect(await find('havbris.example.no')).toEqual(['Hansen']);
  });

  it('refuses a company-only category on a contact', async () => {
    const category = (await call('POST', '/api/settings/lists', { kind: 'category', name: 'Suppliers', appliesTo: 'company' }))
      .body.item;
    const res = await call('POST', '/api/contacts', { firstName: 'Liv', categoryIds: [category.id] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/does not apply to contacts/);
  });
});
