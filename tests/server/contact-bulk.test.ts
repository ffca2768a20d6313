import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaces } from '../../server/db/schema';
import type { Contact } from '../../shared/entities/contact';
import type { ListItem } from '../../shared/entities/list-item';
import { BULK_CHUNK } from '../../shared/records/bulk-action';
import { newId } from '../../shared/ids';
import type { PullResponse } from '../../shared/sync/protocol';
import { contactArgs, pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, auth, createTestApp, json } from '../helpers/test-app';

describe('bulk actions on a selection of contacts', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let vip: ListItem;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    vip = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'VIP' })).body.item as ListItem;
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const contact = async (id: string) => (await call('GET', `/api/contacts/${id}`)).body.contact as Contact;
  const create = async (body: Record<string, unknown>) => (await call('POST', '/api/contacts', body)).body.contact as Contact;
  const addList = async (kind: string, name: string, appliesTo?: string) =>
    (await call('POST', '/api/settings/lists', { kind, name, appliesTo })).body.item as ListItem;
  const workspaceVersion = async () =>
    (await t.db.select({ version: workspaces.version }).from(workspaces).where(eq(workspaces.id, t.first.workspaceId)))[0]!
      .version;
  const seed = async (count: number, overrides: Record<string, unknown> = {}) => {
    const mutations = Array.from({ length: count }, () => ({ name: 'contact.create', args: contactArgs(overrides) }));
    for (let i = 0; i < count; i += 1000) {
      const res = await t.app.request('/sync/push', json('POST', pushBody(newId(), mutations.slice(i, i + 1000)), token));
      expect(res.status).toBe(200);
    }
  };

  it('tags every contact matching a filter, chunk by chunk, without touching the rest', async () => {
    await seed(2300, { address: { city: 'Bergen' } });
    await seed(3, { address: { city: 'Oslo' } });
    const { ids } = (await call('GET', '/api/contacts/ids?city=bergen')).body as { ids: string[] };
    expect(ids).toHaveLength(2300);
    let applied = 0;
    for (let i = 0; i < ids.length; i += BULK_CHUNK) {
      const res = await call('POST', '/api/contacts/bulk', {
        ids: ids.slice(i, i + BULK_CHUNK),
        action: { type: 'addTags', tagIds: [vip.id] },
      });
      expect(res.status).toBe(200);
      expect(res.body.rejected).toEqual([]);
      applied += res.body.applied;
    }
    expect(applied).toBe(2300);
    expect((await call('GET', `/api/contacts/ids?tagIds=${vip.id}`)).body.ids).toHaveLength(2300);
    expect((await call('GET', `/api/contacts/ids?tagIds=${vip.id}&city=oslo`)).body.ids).toHaveLength(0);
  });

  it('merges a bulk tag with the tags a contact has, removes only the one asked, and records each change for history and sync', async () => {
    const partner = await addList('tag', 'Partner');
    const ingrid = await create({ firstName: 'Ingrid', lastName: 'Haugen', tagIds: [partner.id] });
    const cursor = await workspaceVersion();
    await call('POST', '/api/contacts/bulk', { ids: [ingrid.id], action: { type: 'addTags', tagIds: [vip.id] } });
    expect((await contact(ingrid.id)).tagIds).toEqual([partner.id, vip.id]);
    await call('POST', '/api/contacts/bulk', { ids: [ingrid.id], action: { type: 'removeTags', tagIds: [partner.id] } });
    expect((await contact(ingrid.id)).tagIds).toEqual([vip.id]);

    const history = (await call('GET', `/api/history/contact/${ingrid.id}`)).body.entries as {
      action: string;
      field: string;
      oldValue: unknown;
      newValue: unknown;
    }[];
    expect(history.slice(0, 2).map((e) => [e.action, e.field, e.oldValue, e.newValue])).toEqual([
      ['update', 'tagIds', [partner.id, vip.id], [vip.id]],
      ['update', 'tagIds', [partner.id], [partner.id, vip.id]],
    ]);
    const pulled = (await call('GET', `/sync/pull?protocolVersion=1&cursor=${cursor}`)).body as PullResponse;
    expect(pulled.changes).toMatchObject([{ type: 'put', entity: 'contact', row: { id: ingrid.id, tagIds: [vip.id] } }]);
  });

  it('adds and removes categories that apply to contacts, and sets one custom field keeping the others', async () => {
    const speaker = await addList('category', 'Speaker', 'contact');
    const both = await addList('category', 'Nordic', 'both');
    const ingrid = await create({ firstName: 'Ingrid', customFields: { legacy: 'R-1' } });
    const add = await call('POST', '/api/contacts/bulk', {
      ids: [ingrid.id],
      action: { type: 'addCategories', categoryIds: [speaker.id, both.id] },
    });
    expect(add.body).toEqual({ applied: 1, rejected: [] });
    await call('POST', '/api/contacts/bulk', {
      ids: [ingrid.id],
      action: { type: 'removeCategories', categoryIds: [speaker.id] },
    });
    await call('POST', '/api/contacts/bulk', {
      ids: [ingrid.id],
      action: { type: 'setCustomField', key: 'segment', value: 'SMB' },
    });
    const after = await contact(ingrid.id);
    expect(after.categoryIds).toEqual([both.id]);
    expect(after.customFields).toEqual({ legacy: 'R-1', segment: 'SMB' });
  });

  it('refuses an unknown tag, a value of the wrong kind or a company-only category with 400 naming the field, writing nothing', async () => {
    const ingrid = await create({ firstName: 'Ingrid' });
    const companyOnly = await addList('category', 'Supplier', 'company');
    const industry = await addList('industry', 'Fishing');
    const theirTag = (
      (await (
        await t.app.request(
          '/api/settings/lists',
          json('POST', { kind: 'tag', name: 'Theirs' }, (await t.otherWorkspace()).token),
        )
      ).json()) as { item: ListItem }
    ).item;
    const before = await workspaceVersion();
    for (const [action, field, message] of [
      [{ type: 'addTags', tagIds: [vip.id, newId()] }, 'tagIds', /is not a tag of this workspace/],
      [{ type: 'addTags', tagIds: [industry.id] }, 'tagIds', /is not a tag of this workspace/],
      [{ type: 'addTags', tagIds: [theirTag.id] }, 'tagIds', /is not a tag of this workspace/],
      [{ type: 'removeTags', tagIds: [newId()] }, 'tagIds', /is not a tag of this workspace/],
      [{ type: 'addCategories', categoryIds: [companyOnly.id] }, 'categoryIds', /category "Supplier" does not apply to contacts/],
    ] as const) {
      const res = await call('POST', '/api/contacts/bulk', { ids: [ingrid.id], action });
      expect(res.status, JSON.stringify(action)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid', message: expect.stringContaining(`action.${field}: `) });
      expect(res.body.error.issues[0].path.slice(0, 2)).toEqual(['action', field]);
      expect(res.body.error.issues[0].message).toMatch(message);
    }
    expect(await workspaceVersion()).toBe(before);
    expect(await contact(ingrid.id)).toMatchObject({ tagIds: [], categoryIds: [] });
  });

  it('checks the list values inside the mutations too, as a sync push runs them', async () => {
    const ingrid = await create({ firstName: 'Ingrid' });
    const companyOnly = await addList('category', 'Supplier', 'company');
    const res = await t.app.request(
      '/sync/push',
      json(
        'POST',
        pushBody(newId(), [
          { name: 'contact.addToLists', args: { id: ingrid.id, tagIds: [newId()] } },
          { name: 'contact.addToLists', args: { id: ingrid.id, categoryIds: [companyOnly.id] } },
          { name: 'contact.setCustomField', args: { id: ingrid.id, key: 'segment', value: 'SMB' } },
        ]),
        token,
      ),
    );
    const { results } = (await res.json()) as { results: { status: string; reason?: string; field?: string }[] };
    expect(results).toMatchObject([
      { status: 'rejected', reason: 'invalid', field: 'tagIds' },
      { status: 'rejected', reason: 'invalid', field: 'categoryIds' },
      { status: 'applied' },
    ]);
    expect(await contact(ingrid.id)).toMatchObject({ tagIds: [], categoryIds: [], customFields: { segment: 'SMB' } });
  });

  it('still removes a tag that was deleted from the settings', async () => {
    const ingrid = await create({ firstName: 'Ingrid', tagIds: [vip.id] });
    expect((await call('DELETE', `/api/settings/lists/${vip.id}`)).status).toBe(200);
    const res = await call('POST', '/api/contacts/bulk', { ids: [ingrid.id], action: { type: 'removeTags', tagIds: [vip.id] } });
    expect(res.body).toEqual({ applied: 1, rejected: [] });
    expect((await contact(ingrid.id)).tagIds).toEqual([]);
  });

  it("reports another workspace's contacts as not found and leaves them untouched, changing the rest", async () => {
    const other = await t.otherWorkspace();
    const theirs = (
      (await (await t.app.request('/api/contacts', json('POST', { firstName: 'Deres' }, other.token))).json()) as {
        contact: Contact;
      }
    ).contact;
    const mine = await create({ firstName: 'Min' });
    const res = await call('POST', '/api/contacts/bulk', {
      ids: [mine.id, theirs.id],
      action: { type: 'addTags', tagIds: [vip.id] },
    });
    expect(res.body).toEqual({ applied: 1, rejected: [{ id: theirs.id, reason: 'notFound', message: expect.any(String) }] });
    const theirsAfter = (await (await t.app.request(`/api/contacts/${theirs.id}`, auth(other.token))).json()) as {
      contact: Contact;
    };
    expect(theirsAfter.contact).toEqual(theirs);
    expect((await contact(mine.id)).tagIds).toEqual([vip.id]);
  });

  it('refuses an unknown action, a company-only action or an oversized chunk with 400', async () => {
    const id = (await create({ firstName: 'Ingrid' })).id;
    expect((await call('POST', '/api/contacts/bulk', { ids: [id], action: { type: 'explode' } })).status).toBe(400);
    expect(
      (await call('POST', '/api/contacts/bulk', { ids: [id], action: { type: 'setStatus', statusTypeId: null } })).status,
    ).toBe(400);
    const tooMany = Array.from({ length: BULK_CHUNK + 1 }, () => newId());
    const res = await call('POST', '/api/contacts/bulk', { ids: tooMany, action: { type: 'addTags', tagIds: [vip.id] } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toEqual(['ids']);
  });
});
