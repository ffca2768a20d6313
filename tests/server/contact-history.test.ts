import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { contactArgs, pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

type Line = { recordId: string; action: string; channel: string; field: string | null; oldValue: unknown; newValue: unknown };

describe("a contact's history tells the companies the person works at", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const history = async (id: string) =>
    (await call('GET', `/api/history/contact/${id}`)).body as { entries: Line[]; names: Record<string, string> };

  it('books a quick-added contact and its company link as one create, named', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS' })).body.company;
    const contact = contactArgs();
    await t.app.request(
      '/sync/push',
      json(
        'POST',
        pushBody(newId(), [
          { name: 'contact.create', args: contact },
          {
            name: 'contact.linkCompany',
            args: { id: newId(), contactId: contact.id, companyId: company.id, position: 'CEO' },
          },
        ]),
        token,
      ),
    );
    const { entries, names } = await history(contact.id);
    expect(new Set(entries.map((e) => `${e.recordId} ${e.action} ${e.channel}`))).toEqual(
      new Set([`${contact.id} create extension`]),
    );
    expect(entries.find((e) => e.field === 'worksAt')).toMatchObject({ oldValue: [], newValue: [company.id] });
    expect(entries.find((e) => e.field === `positionAt.${company.id}`)).toMatchObject({ oldValue: null, newValue: 'CEO' });
    expect(names[company.id]).toBe('Havbruk Nord AS');
  });

  it('tells a later link, a new position and an unlink as changes of the contact', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Fjordline AS' })).body.company;
    const contact = (await call('POST', '/api/contacts', { firstName: 'Siri' })).body.contact;
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: company.id, position: 'CEO' });
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: company.id, position: 'Chair' });
    await call('DELETE', `/api/contacts/${contact.id}/companies/${company.id}`);

    const { entries } = await history(contact.id);
    const lines = entries.filter((e) => e.action !== 'create').map((e) => [e.action, e.field, e.oldValue, e.newValue]);
    expect(lines).toEqual([
      ['update', 'worksAt', [company.id], []],
      ['update', `positionAt.${company.id}`, 'CEO', 'Chair'],
      // Newest first, a write's own lines last to first.
      ['update', `positionAt.${company.id}`, null, 'CEO'],
      ['update', 'worksAt', [], [company.id]],
    ]);
    expect(entries.every((e) => e.recordId === contact.id)).toBe(true);
  });
});
