import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashToken } from '../../server/auth/tokens';
import { sessions, users } from '../../server/db/schema';
import { createTestApp } from '../helpers/test-app';

type OpenedStream = { ended: Promise<void>; isEnded: () => boolean; cancel: () => Promise<void> };

describe('/sync/events limits', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const opened: OpenedStream[] = [];
  beforeEach(async () => {
    t = await createTestApp({ EVENT_STREAMS_PER_USER: '3', SYNC_HEARTBEAT_MS: '100' });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.cancel()));
    t.close();
  });

  /** Opens a stream, waits for its first version event, then keeps reading until the server ends it. */
  async function openStream(token: string): Promise<OpenedStream> {
    const res = await t.app.request('/sync/events', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('event: version');
    let ended = false;
    const done = (async () => {
      while (!(await reader.read()).done);
      ended = true;
    })().catch(() => {
      ended = true;
    });
    const stream = { ended: done, isEnded: () => ended, cancel: () => reader.cancel().catch(() => undefined) };
    opened.push(stream);
    return stream;
  }

  const settle = () => new Promise((r) => setTimeout(r, 50));

  it('keeps at most the cap open for one user, ending the oldest first', async () => {
    const token = await t.login();
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await openStream(token));
    await Promise.all([streams[0]!.ended, streams[1]!.ended]);
    await settle();
    expect(streams.map((s) => s.isEnded())).toEqual([true, true, false, false, false]);
    expect(t.deps.eventStreams.countForUser(t.first.userId)).toBe(3);
  });

  it("leaves another user's streams alone when one user goes over the cap", async () => {
    const member = await t.addUser('member');
    const theirs = await openStream(member.token);
    const token = await t.login();
    for (let i = 0; i < 6; i++) await openStream(token);
    await settle();
    expect(theirs.isEnded()).toBe(false);
    expect(t.deps.eventStreams.countForUser(member.id)).toBe(1);
    expect(t.deps.eventStreams.countForUser(t.first.userId)).toBe(3);
  });

  it("endForUser ends every stream of the user except the named session's", async () => {
    const member = await t.addUser('member');
    const theirs = await openStream(member.token);
    const keep = await t.login();
    const other = await t.login();
    const kept = await openStream(keep);
    const ends = [await openStream(other), await openStream(other)];

    expect(t.deps.eventStreams.endForUser(t.first.userId, { exceptTokenHash: hashToken(keep) })).toBe(2);
    await Promise.all(ends.map((s) => s.ended));
    await settle();
    expect(kept.isEnded()).toBe(false);
    expect(theirs.isEnded()).toBe(false);

    expect(t.deps.eventStreams.endForUser(t.first.userId)).toBe(1);
    await kept.ended;
    expect(t.deps.eventStreams.countForUser(t.first.userId)).toBe(0);
  });

  it('endForSession ends only the streams opened with that token', async () => {
    const a = await t.login();
    const b = await t.login();
    const fromA = await openStream(a);
    const fromB = await openStream(b);
    expect(t.deps.eventStreams.endForSession(hashToken(a))).toBe(1);
    await fromA.ended;
    await settle();
    expect(fromB.isEnded()).toBe(false);
  });

  it('forgets a stream once its client goes away', async () => {
    const token = await t.login();
    const stream = await openStream(token);
    expect(t.deps.eventStreams.countForUser(t.first.userId)).toBe(1);
    await stream.cancel();
    for (let i = 0; i < 50 && t.deps.eventStreams.countForUser(t.first.userId) > 0; i++) await settle();
    expect(t.deps.eventStreams.countForUser(t.first.userId)).toBe(0);
  });

  it('ends a stream at its next heartbeat once its session is gone, as after a sign-out in another process', async () => {
    const member = await t.addUser('member');
    const kept = await openStream(await t.login());
    const signedOut = await openStream(member.token);
    const deactivated = await openStream((await t.addUser('member')).token);
    await new Promise((r) => setTimeout(r, 350)); // a few heartbeats: a live session keeps its stream
    expect([kept, signedOut, deactivated].map((s) => s.isEnded())).toEqual([false, false, false]);

    // Straight to the database, as another server process would: this process's registry never hears of it.
    await t.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(member.token)));
    const others = await t.db.select({ id: users.id }).from(users).where(eq(users.role, 'member'));
    await t.db
      .update(users)
      .set({ active: false })
      .where(eq(users.id, others.find((u) => u.id !== member.id)!.id));
    await Promise.all([signedOut.ended, deactivated.ended]);
    expect(kept.isEnded()).toBe(false);
  });
});
