import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFjordDb, type FjordDb } from '../../extension/db/fjord-db';
import { command } from '../../extension/sync/command';
import { runCommands } from '../../extension/sync/commands';
import type { Actor } from '../../extension/sync/session';
import { emailLogId } from '../../shared/mail/email-log-id';
import { newId } from '../../shared/ids';
import { contactArgs } from '../helpers/factories';

describe("the cache's optimistic run of e-mail blocking agrees with the server", () => {
  const workspaceId = newId();
  const admin: Actor = { userId: newId(), workspaceId, role: 'admin' };
  const member: Actor = { userId: newId(), workspaceId, role: 'member' };
  let db: FjordDb;
  beforeEach(() => {
    db = openFjordDb(`test-${newId()}`);
  });
  afterEach(() => db.close());

  const message = (key: string, contactIds: string[]) => ({
    id: emailLogId(workspaceId, key),
    messageKey: key,
    threadId: null,
    subject: 'Tilbud',
    sentAt: null,
    from: { name: null, address: 'kari@havbruk.example.no' },
    to: [],
    cc: [],
    snippet: 'Hei',
    body: null,
    source: 'gmail' as const,
    contactIds,
    companyIds: [],
  });

  it('blocks and unblocks the e-mails an admin has cached, rows cached before the flag existed too', async () => {
    const kari = contactArgs({ firstName: 'Kari' });
    const mail = message('<old@havbruk.example.no>', [kari.id]);
    await runCommands(db, admin, [command('contact.create', kari), command('emailLog.log', mail)]);
    const { blocked: _, ...older } = (await db.emailLogs.get(mail.id))!;
    await db.emailLogs.put(older as never);

    await runCommands(db, admin, [command('contact.setEmailAccess', { id: kari.id, blocked: true })]);
    expect(await db.emailLogs.get(mail.id)).toMatchObject({ blocked: true });
    await runCommands(db, admin, [command('contact.setEmailAccess', { id: kari.id, blocked: false })]);
    expect(await db.emailLogs.get(mail.id)).toMatchObject({ blocked: false });
  });

  it("refuses a member's log to a blocked contact and unlink of a blocked e-mail, leaving cache and outbox as they were", async () => {
    const kari = contactArgs({ firstName: 'Kari' });
    const hidden = message('<hidden@havbruk.example.no>', [kari.id]);
    await runCommands(db, admin, [
      command('contact.create', kari),
      command('emailLog.log', hidden),
      command('contact.setEmailAccess', { id: kari.id, blocked: true }),
    ]);
    const outbox = await db.outbox.count();

    await expect(
      runCommands(db, member, [command('emailLog.log', message('<new@havbruk.example.no>', [kari.id]))]),
    ).rejects.toMatchObject({ reason: 'forbidden', field: 'contactIds' });
    await expect(
      runCommands(db, member, [command('emailLog.unlink', { id: hidden.id, contactId: kari.id })]),
    ).rejects.toMatchObject({
      reason: 'notFound',
    });
    expect(await db.emailLogs.get(hidden.id)).toMatchObject({ contactIds: [kari.id], deletedAt: null, blocked: true });
    expect(await db.emailLogs.count()).toBe(1);
    expect(await db.outbox.count()).toBe(outbox);
  });
});
