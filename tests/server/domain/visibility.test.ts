import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notes, workspaces } from '../../../server/db/schema';
import { requireVisible } from '../../../server/domain/visibility';
import type { MutationStore } from '../../../shared/mutations/mutation-store';
import { newId } from '../../../shared/ids';
import { pushBody } from '../../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

/** What the caller may not see, it may not write either, and REST and push say so alike: not found. */
describe('visibility on every write path', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: ApiCall;
  let member: ApiCall;
  let companyId: string;
  beforeEach(async () => {
    t = await createTestApp();
    admin = apiCaller(t.app, await t.login());
    member = apiCaller(t.app, (await t.addUser('member')).token);
    companyId = (await admin('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company.id;
  });
  afterEach(() => t.close());

  const version = async () =>
    (await t.db.select({ v: workspaces.version }).from(workspaces).where(eq(workspaces.id, t.first.workspaceId)))[0]!.v;
  const push = async (who: ApiCall, name: string, args: unknown) =>
    (await who('POST', '/sync/push', pushBody(newId(), [{ name, args }]))).body.results[0];

  it("refuses an edit or delete of someone else's private note by REST and by push alike", async () => {
    const note = (
      await admin('POST', '/api/notes', { body: 'Considering a competitor', isPrivate: true, companyIds: [companyId] })
    ).body.item;
    const before = await version();
    const patched = await member('PATCH', `/api/notes/${note.id}`, { body: 'mine now' });
    const deleted = await member('DELETE', `/api/notes/${note.id}`);
    expect([patched.status, patched.body.error.code, deleted.status, deleted.body.error.code]).toEqual([
      404,
      'notFound',
      404,
      'notFound',
    ]);
    expect(await push(member, 'note.update', { id: note.id, patch: { body: 'mine now' } })).toMatchObject({
      status: 'rejected',
      reason: 'notFound',
    });
    expect(await push(member, 'note.delete', { id: note.id })).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect(await version()).toBe(before);
    const [row] = await t.db.select().from(notes).where(eq(notes.id, note.id));
    expect(row).toMatchObject({ body: 'Considering a competitor', deletedAt: null });
  });

  it("refuses a delete of another workspace's file by REST and by push alike", async () => {
    const upload = await t.app.request(`/api/files?companyId=${companyId}&name=notes.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.login()}`, 'content-type': 'text/plain' },
      body: 'Møtereferat',
    });
    const file = ((await upload.json()) as { item: { id: string } }).item;
    const outsider = apiCaller(t.app, (await t.otherWorkspace()).token);
    const before = await version();
    const rest = await outsider('DELETE', `/api/files/${file.id}`);
    expect([rest.status, rest.body.error.code]).toEqual([404, 'notFound']);
    expect(await push(outsider, 'attachment.delete', { id: file.id })).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect(await version()).toBe(before);
    expect((await admin('GET', `/api/files/${file.id}`)).status).toBe(200);
  });
});

describe('requireVisible', () => {
  const author = newId();
  const rows = new Map<string, Record<string, unknown>>([
    ['private', { id: 'private', isPrivate: true, createdBy: author, deletedAt: null }],
    ['shared', { id: 'shared', isPrivate: false, createdBy: author, deletedAt: null }],
  ]);
  const store = { get: async (_entity: string, id: string) => rows.get(id) } as unknown as MutationStore;

  it('refuses any write naming a row hidden from the caller as not found, and lets the rest through', async () => {
    const other = { userId: newId(), workspaceId: newId(), role: 'admin' as const };
    await expect(requireVisible(store, [{ entity: 'note', id: 'private' }], other)).rejects.toMatchObject({
      reason: 'notFound',
    });
    await expect(
      requireVisible(
        store,
        [
          { entity: 'note', id: 'shared' },
          { entity: 'note', id: 'absent' },
        ],
        other,
      ),
    ).resolves.toBeUndefined();
    await expect(
      requireVisible(store, [{ entity: 'note', id: 'private' }], { ...other, userId: author }),
    ).resolves.toBeUndefined();
  });
});
