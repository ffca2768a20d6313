import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../server/deps';
import { createFeed, listFeeds, revokeFeed } from '../../../server/domain/calendar-feeds';
import { createTestApp } from '../../helpers/test-app';

describe('calendar feeds in the domain', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("keeps a feed its owner's alone: an admin cannot revoke a member's, which stays live", async () => {
    const admin: AuthContext = { userId: t.first.userId, workspaceId: t.first.workspaceId, role: 'admin' };
    const member: AuthContext = { userId: (await t.addUser('member')).id, workspaceId: t.first.workspaceId, role: 'member' };
    const { feed } = await createFeed(t.deps, member);
    await expect(revokeFeed(t.deps, admin, feed.id)).rejects.toMatchObject({ status: 404 });
    expect(await listFeeds(t.db, admin)).toEqual([]);
    expect(await listFeeds(t.db, member)).toEqual([{ ...feed, revokedAt: null }]);
    await revokeFeed(t.deps, member, feed.id);
    expect((await listFeeds(t.db, member))[0]!.revokedAt).toBeGreaterThan(0);
  });
});
