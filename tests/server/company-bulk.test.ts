import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/entities/company';
import type { ListItem } from '../../shared/entities/list-item';
import { BULK_CHUNK } from '../../shared/records/bulk-action';
import { newId } from '../../shared/ids';
import { companyArgs, pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('bulk actions on a selection of companies', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let vip: ListItem;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    vip = (
      (await (await t.app.request('/api/settings/lists', json('POST', { kind: 'tag', name: 'VIP' }, token))).json()) as {
        item: ListItem;
      }
    ).item;
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const seed = async (count: number, overrides: Record<string, unknown> = {}) => {
    const mutations = Array.from({ length: count }, () => ({
      name: 'company.create',
      args: companyArgs({ country: 'NO', ...overrides }),
    }));
    for (let i = 0; i < count; i += 1000) {
      await t.app.request('/sync/push', json('POST', pushBody(newId(), mutations.slice(i, i + 1000)), token));
    }
  };

  it('tags every company matching a filter, chunk by chunk, without touching the rest', async () => {
    await seed(2500);
    await seed(3, { country: 'SE' });
    const { ids } = (await call('GET', '/api/companies/ids?country=NO')).body as { ids: string[] };
    expect(ids).toHaveLength(2500);
    let applied = 0;
    for (let i = 0; i < ids.length; i += BULK_CHUNK) {
      const res = await call('POST', '/api/companies/bulk', {
        ids: ids.slice(i, i + BULK_CHUNK),
        action: { type: 'addTags', tagIds: [vip.id] },
      });
      expect(res.status).toBe(200);
      applied += res.body.applied;
    }
    expect(applied).toBe(2500);
    expect((await call('GET', `/api/companies/ids?tagIds=${vip.id}`)).body.ids).toHaveLength(2500);
    expect((await call('GET', `/api/companies/ids?tagIds=${vip.id}&country=SE`)).body.ids).toHaveLength(0);
  });

  it('merges a bulk tag with the tags each company already has, and removes only the one asked', async () => {
    const other = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Partner' })).body.item as ListItem;
    const company = (await call('POST', '/api/companies', { name: 'Tagget AS', tagIds: [other.id] })).body.company as Company;
    await call('POST', '/api/companies/bulk', { ids: [company.id], action: { type: 'addTags', tagIds: [vip.id] } });
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.tagIds).toEqual([other.id, vip.id]);
    await call('POST', '/api/companies/bulk', { ids: [company.id], action: { type: 'removeTags', tagIds: [other.id] } });
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.tagIds).toEqual([vip.id]);
  });

  it('sets a relationship type, a status and one custom field, keeping the other custom fields', async () => {
    const lists = (await call('GET', '/api/settings/lists')).body.items as ListItem[];
    const customer = lists.find((l) => l.name === 'Customer')!;
    const company = (await call('POST', '/api/companies', { name: 'Felt AS', customFields: { legacy: 'R-1' } })).body
      .company as Company;
    await call('POST', '/api/companies/bulk', {
      ids: [company.id],
      action: { type: 'setRelationshipType', relationshipTypeId: customer.id },
    });
    await call('POST', '/api/companies/bulk', {
      ids: [company.id],
      action: { type: 'setCustomField', key: 'segment', value: 'SMB' },
    });
    const after = (await call('GET', `/api/companies/${company.id}`)).body.company as Company;
    expect(after.relationshipTypeId).toBe(customer.id);
    expect(after.customFields).toEqual({ legacy: 'R-1', segment: 'SMB' });
  });

  it("reports ids it could not change (another workspace's) and changes the rest; a tag that is not a tag changes nothing", async () => {
    const other = await t.otherWorkspace();
    const theirs = (await (await t.app.request('/api/companies', json('POST', { name: 'Deres AS' }, other.token))).json()) as {
      company: Company;
    };
    const mine = (await call('POST', '/api/companies', { name: 'Min AS' })).body.company as Company;
    const res = await call('POST', '/api/companies/bulk', {
      ids: [mine.id, theirs.company.id],
      action: { type: 'addTags', tagIds: [vip.id] },
    });
    expect(res.body).toEqual({
      applied: 1,
      rejected: [{ id: theirs.company.id, reason: 'notFound', message: expect.any(String) }],
    });
    const unknown = newId();
    const bad = await call('POST', '/api/companies/bulk', {
      ids: [mine.id],
      action: { type: 'addTags', tagIds: [vip.id, unknown] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'invalid',
      message: `Invalid input: action.tagIds: ${unknown} is not a tag of this workspace`,
      issues: [{ path: ['action', 'tagIds', 1], message: `${unknown} is not a tag of this workspace` }],
    });
    const stranger = await call('POST', '/api/companies/bulk', {
      ids: [mine.id],
      action: { type: 'addOwners', ownerIds: [other.userId] },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.issues).toEqual([
      { path: ['action', 'ownerIds', 0], message: 'the chosen person is not (or no longer) a member of this workspace' },
    ]);
    // Nothing was written by the refused requests.
    expect(((await call('GET', `/api/companies/${mine.id}`)).body.company as Company).ownerIds).toEqual([]);
  });

  it('refuses an unknown action or an oversized chunk with 400', async () => {
    expect((await call('POST', '/api/companies/bulk', { ids: [newId()], action: { type: 'explode' } })).status).toBe(400);
    const tooMany = Array.from({ length: BULK_CHUNK + 1 }, () => newId());
    expect(
      (await call('POST', '/api/companies/bulk', { ids: tooMany, action: { type: 'addTags', tagIds: [vip.id] } })).status,
    ).toBe(400);
  });

  it('moves every company from one industry to another, and refuses a value that is not an industry', async () => {
    const industry = async (name: string) =>
      (await call('POST', '/api/settings/lists', { kind: 'industry', name })).body.item as ListItem;
    const [fishing, aquaculture] = [await industry('Fishing'), await industry('Aquaculture')];
    await seed(5, { industryId: fishing.id });
    await seed(2);
    const { ids } = (await call('GET', `/api/companies/ids?industryIds=${fishing.id}`)).body as { ids: string[] };
    expect(ids).toHaveLength(5);
    const wrong = await call('POST', '/api/companies/bulk', { ids, action: { type: 'setIndustry', industryId: vip.id } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues).toEqual([
      { path: ['action', 'industryId'], message: `${vip.id} is not an industry of this workspace` },
    ]);
    const moved = await call('POST', '/api/companies/bulk', { ids, action: { type: 'setIndustry', industryId: aquaculture.id } });
    expect(moved.body).toEqual({ applied: 5, rejected: [] });
    expect((await call('GET', `/api/companies/ids?industryIds=${fishing.id}`)).body.ids).toEqual([]);
    expect(((await call('GET', `/api/companies/ids?industryIds=${aquaculture.id}`)).body.ids as string[]).sort()).toEqual(
      [...ids].sort(),
    );
  });
});
