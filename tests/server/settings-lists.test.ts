import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListItem } from '../../shared/entities/list-item';
import type { PullResponse } from '../../shared/sync/protocol';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('settings: configurable lists', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const names = async (kind: string) =>
    ((await call('GET', `/api/settings/lists?kind=${kind}`)).body.items as ListItem[]).map((i) => i.name);

  it('starts a workspace with the usual relationship and status types, in order', async () => {
    expect(await names('relationshipType')).toEqual(['Prospect', 'Customer', 'Suspect', 'Supplier', 'Partner', 'Own company']);
    expect(await names('statusType')).toEqual(['Active', 'Not processed', 'Inactive']);
  });

  it("names a new workspace's lists in its language, and starts its admin in it", async () => {
    const norwegian = await createTestApp({ WORKSPACE_LANGUAGE: 'nb' });
    try {
      const nbCall = apiCaller(norwegian.app, await norwegian.login());
      const nbNames = async (kind: string) =>
        ((await nbCall('GET', `/api/settings/lists?kind=${kind}`)).body.items as ListItem[]).map((i) => i.name);
      expect(await nbNames('relationshipType')).toEqual(['Prospekt', 'Kunde', 'Emne', 'Leverandør', 'Partner', 'Eget firma']);
      expect(await nbNames('statusType')).toEqual(['Aktiv', 'Ikke behandlet', 'Inaktiv']);
      expect((await nbCall('GET', '/api/auth/me')).body.user.language).toBe('nb');
    } finally {
      await norwegian.close();
    }
    // Without one, English, and the admin's language is still the browser's to decide.
    expect((await call('GET', '/api/auth/me')).body.user.language).toBeNull();
  });

  it('lets an admin add, rename, reorder and delete values', async () => {
    const a = (await call('POST', '/api/settings/lists', { kind: 'industry', name: 'Fisheries', sortOrder: 20 })).body.item;
    const b = (await call('POST', '/api/settings/lists', { kind: 'industry', name: 'Shipping', sortOrder: 10 })).body.item;
    expect(await names('industry')).toEqual(['Shipping', 'Fisheries']);
    await call('PATCH', `/api/settings/lists/${a.id}`, { name: 'Aquaculture', sortOrder: 5 });
    expect(await names('industry')).toEqual(['Aquaculture', 'Shipping']);
    expect((await call('DELETE', `/api/settings/lists/${b.id}`)).status).toBe(200);
    expect(await names('industry')).toEqual(['Aquaculture']);
  });

  it('refuses changes from members with 403, and reads for everyone', async () => {
    const member = await t.addUser('member');
    const res = await call('POST', '/api/settings/lists', { kind: 'tag', name: 'VIP' }, member.token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await call('GET', '/api/settings/lists?kind=tag', undefined, member.token)).body.items).toEqual([]);
  });

  it('rejects an unknown kind or an empty name, naming the field', async () => {
    const kind = await call('POST', '/api/settings/lists', { kind: 'colour', name: 'Red' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.issues[0].path).toEqual(['kind']);
    const name = await call('POST', '/api/settings/lists', { kind: 'tag', name: '  ' });
    expect(name.body.error.issues[0].path).toEqual(['name']);
  });

  it('syncs list values to the extension cache, and deletions as remove', async () => {
    const tag = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Hot lead' })).body.item;
    await call('DELETE', `/api/settings/lists/${tag.id}`);
    const page = (await call('GET', `/sync/pull?protocolVersion=1&cursor=${t.baseVersion}`)).body as PullResponse;
    expect(page.changes).toEqual([{ type: 'remove', entity: 'listItem', id: tag.id }]);
    const all = (await call('GET', '/sync/pull?protocolVersion=1&cursor=0')).body as PullResponse;
    expect(all.changes.filter((c) => c.entity === 'listItem' && c.type === 'put')).toHaveLength(9);
  });

  it("keeps another workspace's list values out of reach", async () => {
    const other = await t.otherWorkspace();
    const theirs = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Theirs' }, other.token)).body.item;
    expect((await call('PATCH', `/api/settings/lists/${theirs.id}`, { name: 'Mine' })).status).toBe(404);
    const company = await call('POST', '/api/companies', { name: 'Test AS', tagIds: [theirs.id] });
    expect(company.status).toBe(400);
    expect(company.body.error.issues[0].path).toEqual(['tagIds']);
  });

  it('lists the members of the workspace for owner pickers', async () => {
    const member = await t.addUser('member');
    const members = (await call('GET', '/api/settings/members')).body.members as { email: string; role: string }[];
    expect(members.map((m) => m.email).sort()).toEqual(['admin@example.no', member.email].sort());
  });
});
