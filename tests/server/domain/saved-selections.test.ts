import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../server/deps';
import { createSelection, deleteSelection, listSelections, updateSelection } from '../../../server/domain/saved-selections';
import { createTestApp } from '../../helpers/test-app';

describe('saved selections in the domain', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: AuthContext;
  let member: AuthContext;
  let colleague: AuthContext;
  beforeEach(async () => {
    t = await createTestApp();
    const workspaceId = t.first.workspaceId;
    admin = { userId: t.first.userId, workspaceId, role: 'admin' };
    member = { userId: (await t.addUser('member')).id, workspaceId, role: 'member' };
    colleague = { userId: (await t.addUser('member')).id, workspaceId, role: 'member' };
  });
  afterEach(() => t.close());

  const save = (who: AuthContext, shared: boolean) =>
    createSelection(t.deps, who, { entity: 'company', name: shared ? 'Shared' : 'Private', query: 'country=NO', shared });
  const status = (work: Promise<unknown>) =>
    work.then(
      () => 200,
      (err: { status?: number }) => err.status,
    );

  it("lets an admin delete a member's shared selection but not change it", async () => {
    const shared = await save(member, true);
    expect(await status(updateSelection(t.deps, admin, shared.id, { name: 'Taken over' }))).toBe(403);
    expect(await status(deleteSelection(t.deps, colleague, shared.id))).toBe(403);
    expect(await status(deleteSelection(t.deps, admin, shared.id))).toBe(200);
    expect(await listSelections(t.db, member)).toEqual([]);
  });

  it("answers not found, never forbidden, for someone else's private selection, admins included", async () => {
    const mine = await save(member, false);
    for (const who of [admin, colleague]) {
      expect(await status(updateSelection(t.deps, who, mine.id, { name: 'Peek' }))).toBe(404);
      expect(await status(deleteSelection(t.deps, who, mine.id))).toBe(404);
    }
    const outsider = await t.otherWorkspace();
    const foreign: AuthContext = { userId: outsider.userId, workspaceId: outsider.workspaceId, role: 'admin' };
    const shared = await save(member, true);
    expect(await status(deleteSelection(t.deps, foreign, shared.id))).toBe(404);
    expect((await listSelections(t.db, member)).map((s) => s.name)).toEqual(['Private', 'Shared']);
  });
});
