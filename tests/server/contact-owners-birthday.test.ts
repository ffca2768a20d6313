import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/entities/contact';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('a contact’s owners and birthday', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const create = async (body: Record<string, unknown>) => {
    const res = await call('POST', '/api/contacts', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.contact as Contact;
  };

  it('keeps a birthday with or without the year, and refuses a day that does not exist, in words', async () => {
    expect(await create({ firstName: 'Ingrid', birthday: '1985-04-23' })).toMatchObject({ birthday: '1985-04-23' });
    expect(await create({ firstName: 'Per', birthday: '--02-29' })).toMatchObject({ birthday: '--02-29' });
    const cleared = await create({ firstName: 'Kari', birthday: '' });
    expect(cleared.birthday).toBeNull();
    for (const birthday of ['1985-02-29', '1985-13-01', '23.04.1985', '1850-01-01']) {
      const res = await call('POST', '/api/contacts', { firstName: 'Ola', birthday });
      expect(res.status, birthday).toBe(400);
      expect(res.body.error.issues).toEqual([
        expect.objectContaining({ path: ['birthday'], message: expect.stringContaining('1985-04-23') }),
      ]);
    }
    const inNorwegian = await call('POST', '/api/contacts', { firstName: 'Ola', birthday: '1985-02-29' }, undefined, {
      'accept-language': 'nb',
    });
    expect(inNorwegian.body.error.issues[0].message).toContain('er ikke en dag i året');
  });

  it('takes members of the workspace as owners only, filters the list by owner and adds owners in bulk', async () => {
    const seller = await t.addUser('member');
    const outsider = await t.otherWorkspace();
    const ingrid = await create({ firstName: 'Ingrid', ownerIds: [seller.id] });
    const per = await create({ firstName: 'Per' });
    expect(ingrid.ownerIds).toEqual([seller.id]);

    const stranger = await call('POST', '/api/contacts', { firstName: 'Ola', ownerIds: [outsider.userId] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.issues[0].path).toEqual(['ownerIds']);

    const mine = await call('GET', `/api/contacts?ownerIds=${seller.id}`);
    expect(mine.body.items.map((c: Contact) => c.firstName)).toEqual(['Ingrid']);
    const bulk = await call('POST', '/api/contacts/bulk', {
      ids: [ingrid.id, per.id],
      action: { type: 'addOwners', ownerIds: [seller.id] },
    });
    expect(bulk.body).toMatchObject({ applied: 2, rejected: [] });
    expect((await call('GET', `/api/contacts?ownerIds=${seller.id}`)).body.items).toHaveLength(2);
    const refused = await call('POST', '/api/contacts/bulk', {
      ids: [per.id],
      action: { type: 'addOwners', ownerIds: [outsider.userId] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toEqual(['action', 'ownerIds', 0]);
    expect((await call('GET', `/api/contacts/${per.id}`)).body.contact.ownerIds).toEqual([seller.id]);
  });
});
