import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifications } from '../../../server/db/schema';
import type { AuthContext } from '../../../server/deps';
import { listNotifications, markNotificationsRead } from '../../../server/domain/notifications';
import { newId } from '../../../shared/ids';
import { createTestApp } from '../../helpers/test-app';

describe('notifications in the domain', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: AuthContext;
  let member: AuthContext;
  beforeEach(async () => {
    t = await createTestApp();
    admin = { userId: t.first.userId, workspaceId: t.first.workspaceId, role: 'admin' };
    member = { userId: (await t.addUser('member')).id, workspaceId: t.first.workspaceId, role: 'member' };
  });
  afterEach(() => t.close());

  const notify = async (who: AuthContext, title: string) => {
    const id = newId();
    await t.db.insert(notifications).values({
      id,
      workspaceId: who.workspaceId,
      userId: who.userId,
      kind: 'creditChange',
      title,
      dedupeKey: id,
      createdAt: Date.now(),
    });
    return id;
  };
  const unread = async (who: AuthContext) => (await listNotifications(t.db, who, { unreadOnly: true, limit: 50 })).unread;

  it("shows and marks only the caller's own: an admin's marking passes over a member's ids", async () => {
    const members = await notify(member, 'Rating fell');
    await notify(admin, 'Rating rose');
    expect((await listNotifications(t.db, admin, { unreadOnly: false, limit: 50 })).items.map((n) => n.title)).toEqual([
      'Rating rose',
    ]);

    await markNotificationsRead(t.deps, admin, { ids: [members] });
    await markNotificationsRead(t.deps, admin, { all: true });
    expect(await unread(member)).toBe(1);
    expect(await unread(admin)).toBe(0);

    await markNotificationsRead(t.deps, member, { ids: [members] });
    expect(await unread(member)).toBe(0);
  });
});
