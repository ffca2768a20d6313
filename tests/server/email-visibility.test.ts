import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, emailLogs, workspaces } from '../../server/db/schema';
import { purgeTrash } from '../../server/domain/purge-trash';
import { emailLogId } from '../../shared/mail/email-log-id';
import { newId } from '../../shared/ids';
import type { Change } from '../../shared/sync/protocol';
import { pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

const PAST_RETENTION = 91 * 86_400_000;

describe("a blocked contact's e-mails stay the admins' on every write path, through purges and merges", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: ApiCall;
  let member: ApiCall;
  let kari: { id: string };
  let ola: { id: string };
  beforeEach(async () => {
    t = await createTestApp();
    admin = apiCaller(t.app, await t.login());
    member = apiCaller(t.app, (await t.addUser('member')).token);
    const contact = async (firstName: string) => (await admin('POST', '/api/contacts', { firstName })).body.contact;
    [kari, ola] = [await contact('Kari'), await contact('Ola')];
  });
  afterEach(() => t.close());

  /** An e-mail logged by the admin; the body is what a member must never read once it is blocked. */
  const logged = async (key: string, contactIds: string[]) => {
    const res = await admin('POST', '/api/email-logs', {
      messageKey: `<${key}@havbruk.example.no>`,
      subject: `Konfidensielt ${key}`,
      sentAt: Date.UTC(2026, 10, 20, 9, 30),
      from: { name: 'Kari', address: 'kari@havbruk.example.no' },
      snippet: 'Lønnsforhandling',
      body: 'Hemmelig innhold',
      source: 'gmail',
      contactIds,
      companyIds: [],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.item as { id: string; messageKey: string };
  };
  const block = async (contactId: string, blocked = true) =>
    expect((await admin('PUT', `/api/contacts/${contactId}/email-access`, { blocked })).status).toBe(200);
  const pulled = async (as: ApiCall, id: string) => {
    const res = await as('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000');
    return (res.body.changes as Change[]).filter(
      (ch) => ch.entity === 'emailLog' && (ch.type === 'remove' ? ch.id : ch.row.id) === id,
    );
  };
  /** What the member can learn of an e-mail by REST and pull: nothing, when it is hidden. */
  const expectHiddenFromMember = async (id: string) => {
    expect((await member('GET', `/api/email-logs/${id}`)).status).toBe(404);
    expect(await pulled(member, id)).toEqual([{ type: 'remove', entity: 'emailLog', id }]);
  };
  const expectVisibleToMember = async (id: string) => {
    expect((await member('GET', `/api/email-logs/${id}`)).body.item).toMatchObject({ id, body: 'Hemmelig innhold' });
    expect(await pulled(member, id)).toMatchObject([{ type: 'put', row: { id } }]);
  };
  const adminRow = async (id: string) => (await admin('GET', `/api/email-logs/${id}`)).body.item;
  const auditLines = async (recordId: string) =>
    (await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.recordId, recordId)))[0]!.n;
  const version = async () =>
    (await t.db.select({ v: workspaces.version }).from(workspaces).where(eq(workspaces.id, t.first.workspaceId)))[0]!.v;

  it("refuses a member's pushed unlink of a hidden e-mail as not found: still linked, still hidden, no history line", async () => {
    const shared = await logged('shared', [kari.id, ola.id]);
    const onlyKari = await logged('only-kari', [kari.id]);
    await block(kari.id);
    const before = { shared: await auditLines(shared.id), onlyKari: await auditLines(onlyKari.id), version: await version() };

    const push = await member(
      'POST',
      '/sync/push',
      pushBody(newId(), [
        { name: 'emailLog.unlink', args: { id: shared.id, contactId: kari.id } },
        { name: 'emailLog.unlink', args: { id: onlyKari.id, contactId: kari.id } },
      ]),
    );
    expect(push.status).toBe(200);
    expect(push.body.results.map((r: { status: string; reason?: string }) => [r.status, r.reason])).toEqual([
      ['rejected', 'notFound'],
      ['rejected', 'notFound'],
    ]);
    // What the push sends back to undo the client's guess gives nothing away either.
    expect(push.body.changes).toEqual([
      { type: 'remove', entity: 'emailLog', id: shared.id },
      { type: 'remove', entity: 'emailLog', id: onlyKari.id },
    ]);

    expect(await adminRow(shared.id)).toMatchObject({ contactIds: [kari.id, ola.id], deletedAt: null, blocked: true });
    expect(await adminRow(onlyKari.id)).toMatchObject({ contactIds: [kari.id], deletedAt: null, blocked: true });
    await expectHiddenFromMember(shared.id);
    await expectHiddenFromMember(onlyKari.id);
    expect((await member('GET', `/api/email-logs?contactId=${ola.id}`)).body.items).toEqual([]);
    expect({ shared: await auditLines(shared.id), onlyKari: await auditLines(onlyKari.id), version: await version() }).toEqual(
      before,
    );
    expect((await member('POST', `/api/email-logs/${shared.id}/unlink`, { contactId: kari.id })).status).toBe(404);
  });

  it("answers 404 to a member logging a hidden message's key, by REST or push, and writes nothing", async () => {
    const hidden = await logged('hidden', [kari.id]);
    await block(kari.id);
    const before = { lines: await auditLines(hidden.id), version: await version(), row: await adminRow(hidden.id) };
    const again = {
      messageKey: hidden.messageKey,
      subject: 'Ny kopi',
      sentAt: null,
      from: { name: null, address: 'ola@havbruk.example.no' },
      snippet: 'Kopi',
      body: 'Kopi',
      source: 'gmail' as const,
      contactIds: [ola.id],
      companyIds: [],
    };
    const rest = await member('POST', '/api/email-logs', again);
    expect(rest.status).toBe(404);
    expect(JSON.stringify(rest.body)).not.toContain('Hemmelig');
    const push = await member(
      'POST',
      '/sync/push',
      pushBody(newId(), [
        {
          name: 'emailLog.log',
          args: { ...again, id: emailLogId(t.first.workspaceId, hidden.messageKey), threadId: null, to: [], cc: [] },
        },
      ]),
    );
    expect(push.body.results[0]).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect({ lines: await auditLines(hidden.id), version: await version(), row: await adminRow(hidden.id) }).toEqual(before);
  });

  it('lets only admins link an e-mail to a contact whose e-mails are blocked, which hides it', async () => {
    await block(kari.id);
    const mine = await member('POST', '/api/email-logs', {
      messageKey: '<member@havbruk.example.no>',
      subject: 'Hei',
      sentAt: null,
      from: { name: null, address: 'kari@havbruk.example.no' },
      snippet: 'Hei',
      source: 'gmail',
      contactIds: [kari.id, ola.id],
      companyIds: [],
    });
    expect(mine.status).toBe(403);
    expect(mine.body.error.message).toContain('blocked');
    const rows = await t.db.select({ id: emailLogs.id }).from(emailLogs);
    expect(rows).toEqual([]);

    const theirs = await logged('admin', [ola.id]);
    await expectVisibleToMember(theirs.id);
    const linked = await admin('POST', '/api/email-logs', { ...(await adminRow(theirs.id)), contactIds: [kari.id] });
    expect(linked.body.item).toMatchObject({ contactIds: [ola.id, kari.id], blocked: true });
    await expectHiddenFromMember(theirs.id);
  });

  it("keeps a purged blocked contact's e-mails hidden from members, by REST, timeline and pull, until another block is lifted", async () => {
    const onlyKari = await logged('only-kari', [kari.id]);
    const shared = await logged('shared', [kari.id, ola.id]);
    await block(kari.id);
    expect((await admin('DELETE', `/api/contacts/${kari.id}`)).status).toBe(200);
    expect(await purgeTrash(t.deps, Date.now() + PAST_RETENTION)).toBe(1);
    expect((await admin('GET', `/api/contacts/${kari.id}`)).status).toBe(404);

    await expectHiddenFromMember(onlyKari.id);
    await expectHiddenFromMember(shared.id);
    expect((await member('GET', `/api/email-logs?contactId=${ola.id}`)).body.items).toEqual([]);
    const timeline = await member('GET', `/api/timeline?contactId=${ola.id}&kinds=email`);
    expect(timeline.body.items).toEqual([]);
    expect(await adminRow(shared.id)).toMatchObject({ contactIds: [kari.id, ola.id], blocked: true });

    // Kari's id stays on the e-mail as the trace of her block: lifting Ola's own block leaves it hidden.
    await block(ola.id);
    await block(ola.id, false);
    await expectHiddenFromMember(shared.id);
  });

  it("takes a purged unblocked contact's id off its e-mails, so unblocking the others shows them again", async () => {
    const shared = await logged('shared', [kari.id, ola.id]);
    await admin('DELETE', `/api/contacts/${ola.id}`);
    expect(await purgeTrash(t.deps, Date.now() + PAST_RETENTION)).toBe(1);
    expect(await adminRow(shared.id)).toMatchObject({ contactIds: [kari.id] });
    await block(kari.id);
    await expectHiddenFromMember(shared.id);
    await block(kari.id, false);
    await expectVisibleToMember(shared.id);
  });

  it('keeps e-mails hidden when a blocked contact is merged into another and the trash purged; the merge can still be undone', async () => {
    const karis = await logged('karis', [kari.id]);
    const olas = await logged('olas', [ola.id]);
    await block(kari.id);
    const merge = await admin('POST', '/api/merges', { entity: 'contact', survivorId: ola.id, otherId: kari.id });
    expect(merge.status, JSON.stringify(merge.body)).toBe(201);
    expect((await admin('GET', `/api/contacts/${ola.id}`)).body.contact.emailsBlocked).toBe(true);
    expect(await adminRow(karis.id)).toMatchObject({ contactIds: [ola.id], blocked: true });
    await expectHiddenFromMember(karis.id);
    await expectHiddenFromMember(olas.id);

    // The undo is offered as long as the survivor exists: the merged contact outlives the retention.
    expect(await purgeTrash(t.deps, Date.now() + PAST_RETENTION)).toBe(0);
    await expectHiddenFromMember(karis.id);
    const undo = await admin('POST', `/api/merges/${merge.body.mergeId}/undo`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect((await admin('GET', `/api/contacts/${ola.id}`)).body.contact.emailsBlocked).toBe(false);
    expect(await adminRow(karis.id)).toMatchObject({ contactIds: [kari.id], blocked: true });
    await expectHiddenFromMember(karis.id);
    await expectVisibleToMember(olas.id);

    await block(kari.id, false);
    await expectVisibleToMember(karis.id);
  });

  it('purges a merged contact once its survivor is gone, as its undo is no longer offered', async () => {
    const merge = await admin('POST', '/api/merges', { entity: 'contact', survivorId: ola.id, otherId: kari.id });
    expect(merge.status).toBe(201);
    await admin('DELETE', `/api/contacts/${ola.id}`);
    expect(await purgeTrash(t.deps, Date.now() + PAST_RETENTION)).toBe(1);
    expect(await purgeTrash(t.deps, Date.now() + PAST_RETENTION)).toBe(1);
  });

  it("refuses a member's merge or undo that would move e-mails only admins may see", async () => {
    const karis = await logged('karis', [kari.id]);
    await block(kari.id);
    const attempt = await member('POST', '/api/merges', { entity: 'contact', survivorId: ola.id, otherId: kari.id });
    expect(attempt.status).toBe(403);
    expect(await adminRow(karis.id)).toMatchObject({ contactIds: [kari.id] });
    expect((await admin('GET', `/api/contacts/${kari.id}`)).body.contact.deletedAt).toBeNull();

    const merge = await admin('POST', '/api/merges', { entity: 'contact', survivorId: ola.id, otherId: kari.id });
    expect((await member('POST', `/api/merges/${merge.body.mergeId}/undo`)).status).toBe(403);
    expect(await adminRow(karis.id)).toMatchObject({ contactIds: [ola.id] });
  });

  it("moves a merged company's logged e-mails to the survivor, and back on undo", async () => {
    const company = async (name: string) => (await admin('POST', '/api/companies', { name, country: 'NO' })).body.company;
    const [survivor, other] = [await company('Havbruk Nord AS'), await company('Havbruk Nord')];
    const mail = await admin('POST', '/api/email-logs', {
      messageKey: '<company@havbruk.example.no>',
      subject: 'Tilbud',
      sentAt: null,
      from: { name: null, address: 'post@havbruk.example.no' },
      snippet: 'Tilbud',
      source: 'gmail',
      contactIds: [],
      companyIds: [other.id],
    });
    const id = mail.body.item.id as string;
    const merge = await admin('POST', '/api/merges', { entity: 'company', survivorId: survivor.id, otherId: other.id });
    expect(merge.status, JSON.stringify(merge.body)).toBe(201);
    expect((await admin('GET', `/api/email-logs?companyId=${survivor.id}`)).body.items.map((m: { id: string }) => m.id)).toEqual([
      id,
    ]);
    expect((await admin('POST', `/api/merges/${merge.body.mergeId}/undo`)).status).toBe(200);
    expect(await adminRow(id)).toMatchObject({ companyIds: [other.id] });
    expect((await member('GET', `/api/email-logs/${id}`)).status).toBe(200);
  });
});
