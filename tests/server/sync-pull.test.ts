import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, PullResponse } from '../../shared/sync/protocol';
import { newId } from '../../shared/ids';
import { companyArgs, pushBody } from '../helpers/factories';
import { auth, createTestApp, json } from '../helpers/test-app';

describe('GET /sync/pull', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  const clientId = newId();
  let nextMutation = 1;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    nextMutation = 1;
  });
  afterEach(() => t.close());

  const push = async (mutations: { name: string; args: unknown }[]) => {
    await t.app.request('/sync/push', json('POST', pushBody(clientId, mutations, nextMutation), token));
    nextMutation += mutations.length;
  };
  const pull = async (cursor: number, limit = 1000) =>
    (await (
      await t.app.request(`/sync/pull?protocolVersion=1&cursor=${cursor}&limit=${limit}`, auth(token))
    ).json()) as PullResponse;

  it('pages through changes in version order without splitting a version, and ends at the head', async () => {
    for (let v = 0; v < 5; v++)
      await push([
        { name: 'company.create', args: companyArgs() },
        { name: 'company.create', args: companyArgs() },
      ]);
    const seen: Change[] = [];
    let cursor = t.baseVersion;
    const cursors: number[] = [];
    for (;;) {
      const page = await pull(cursor, 3);
      seen.push(...page.changes);
      cursors.push(page.cursor);
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen.map((c) => (c.type === 'put' ? c.row.id : c.id))).size).toBe(10);
    const versions = seen.map((c) => (c.type === 'put' ? c.row.version : 0));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(cursors).toEqual([1, 2, 3, 4, 5].map((v) => t.baseVersion + v));
  });

  it('sends a version larger than the page limit whole', async () => {
    await push(Array.from({ length: 7 }, () => ({ name: 'company.create', args: companyArgs() })));
    const page = await pull(t.baseVersion, 3);
    expect(page.changes).toHaveLength(7);
    expect(page).toMatchObject({ cursor: t.baseVersion + 1, more: false });
  });

  it('sends a deleted company as remove, and only what changed since the cursor', async () => {
    const a = companyArgs();
    const b = companyArgs();
    await push([
      { name: 'company.create', args: a },
      { name: 'company.create', args: b },
    ]);
    const first = await pull(t.baseVersion);
    await push([{ name: 'company.delete', args: { id: a.id } }]);
    const second = await pull(first.cursor);
    expect(second.changes).toEqual([{ type: 'remove', entity: 'company', id: a.id }]);
    expect(second.cursor).toBe(t.baseVersion + 2);
    expect((await pull(second.cursor)).changes).toEqual([]);
  });

  it("never returns another workspace's rows", async () => {
    const other = await t.otherWorkspace();
    await t.app.request(
      '/sync/push',
      json('POST', pushBody(newId(), [{ name: 'company.create', args: companyArgs() }]), other.token),
    );
    await push([{ name: 'company.create', args: companyArgs({ name: 'Mine AS' }) }]);
    const page = await pull(t.baseVersion);
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]).toMatchObject({ row: { name: 'Mine AS' } });
  });

  it('rejects a bad cursor or limit with 400', async () => {
    for (const query of ['cursor=-1', 'cursor=abc', 'limit=0', 'limit=999999']) {
      const res = await t.app.request(`/sync/pull?protocolVersion=1&${query}`, auth(token));
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid');
    }
  });
});
