import { count, eq } from 'drizzle-orm';
import { auditLog, users, workspaces } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import { objectSet } from './security-objects';
import { ADMIN, apiCaller, createTestApp, type ApiCall } from '../helpers/test-app';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The kinds of object a route or mutation names by id. */
export const OBJECT_KINDS = [
  'company',
  'contact',
  'note',
  'emailLog',
  'selection',
  'listItem',
  'customField',
  'member',
  'agreement',
  'invoice',
  'activity',
  'task',
  'appointment',
  'file',
  'calendarFeed',
  'merge',
  'trashedCompany',
  'trashedContact',
  'trashedActivity',
  'trashedTask',
  'trashedAppointment',
  'trashedNote',
  'notification',
  'mailing',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** One id per kind, plus what a few bodies need (the e-mail's message key, a company to link). */
export type Ids = Record<ObjectKind, string> & {
  messageKey: string;
  linkCompany: string;
  linkContact: string;
  /** A company for the merge cells to merge away. */
  spareCompany: string;
  /** The contact whose e-mails a list or an unlink names (the blocked one, for those who may not see them). */
  mailContact: string;
  /** The company both private notes are on, so its timeline would show them. */
  noteCompany: string;
  /** The blob of the set's file (a key carries its workspace). */
  blobKey: string;
  customFieldKey: string;
};

export type CallerName = 'outsider' | 'member' | 'admin';
export type Caller = { name: CallerName; userId: string; email: string; token: string; call: ApiCall };

/** Secret text put into hidden objects; a response that contains one has leaked it. */
export type Markers = {
  /** In every record of the first workspace: no outsider may ever read it. */
  workspace: string;
  /** In the outsider's own company: nobody in W1 may read it. */
  otherWorkspace: string;
  adminNote: string;
  memberNote: string;
  mail: string;
  adminSelection: string;
  memberSelection: string;
};

const mark = (what: string) => `SECRET-${what}-${newId().slice(-10)}`;

/**
 * Workspace W1 with an admin and a member, each with a private note and a private saved selection,
 * a contact whose e-mails are blocked (one logged e-mail with a marked subject and body), the
 * admin-only settings; workspace W2 with its own admin (the outsider). Every secret carries a
 * unique marker so any response, pull page or event can be searched for it.
 */
export async function buildSecurityFixture(t: TestApp) {
  const markers: Markers = {
    workspace: mark('W1'),
    otherWorkspace: mark('W2'),
    adminNote: mark('ADMIN-NOTE'),
    memberNote: mark('MEMBER-NOTE'),
    mail: mark('MAIL'),
    adminSelection: mark('ADMIN-SEL'),
    memberSelection: mark('MEMBER-SEL'),
  };
  const adminToken = await t.login();
  const memberUser = await t.addUser('member');
  const other = await t.otherWorkspace();
  const [adminRow] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, ADMIN.email));
  const admin: Caller = {
    name: 'admin',
    userId: adminRow!.id,
    email: ADMIN.email,
    token: adminToken,
    call: apiCaller(t.app, adminToken),
  };
  const member: Caller = {
    name: 'member',
    userId: memberUser.id,
    email: memberUser.email,
    token: memberUser.token,
    call: apiCaller(t.app, memberUser.token),
  };
  const outsider: Caller = {
    name: 'outsider',
    userId: other.userId,
    email: '',
    token: other.token,
    call: apiCaller(t.app, other.token),
  };

  const objectSetOf = (owner: Caller) => objectSet(t, owner, admin, markers.workspace);
  const adminSet = await objectSetOf(admin);
  const memberSet = await objectSetOf(member);

  // The hidden objects, each with its marker.
  const links = { companyIds: [adminSet.company], contactIds: [] };
  const adminNote = (await admin.call('POST', '/api/notes', { body: markers.adminNote, isPrivate: true, ...links })).body.item
    .id as string;
  const memberNote = (await member.call('POST', '/api/notes', { body: markers.memberNote, isPrivate: true, ...links })).body.item
    .id as string;
  const blockedContact = (await admin.call('POST', '/api/contacts', { firstName: 'Blocked', lastName: markers.workspace })).body
    .contact.id as string;
  const blockedKey = `<${newId()}@blocked.example.no>`;
  const blockedMail = (
    await admin.call('POST', '/api/email-logs', {
      messageKey: blockedKey,
      subject: `Salary ${markers.mail}`,
      sentAt: Date.UTC(2026, 10, 21),
      from: { name: 'HR', address: 'hr@havbruk.example.no' },
      to: [{ name: null, address: 'sales@fjord.example.no' }],
      snippet: `Snippet ${markers.mail}`,
      body: `Body ${markers.mail}`,
      contactIds: [blockedContact],
      companyIds: [],
    })
  ).body.item.id as string;
  const blocked = await admin.call('PUT', `/api/contacts/${blockedContact}/email-access`, { blocked: true });
  if (blocked.status !== 200) throw new Error(`fixture: blocking failed ${blocked.status}`);
  const adminSelection = (
    await admin.call('POST', '/api/selections', { entity: 'company', name: markers.adminSelection, query: '' })
  ).body.item.id as string;
  const memberSelection = (
    await member.call('POST', '/api/selections', { entity: 'company', name: markers.memberSelection, query: '' })
  ).body.item.id as string;
  // A member only an admin's allowed cells act on (deactivate, reset): the real member keeps working.
  const victim = await t.addUser('member');

  const hidden = {
    blockedContact,
    blockedMail,
    blockedKey,
    adminNote,
    memberNote,
    adminSelection,
    memberSelection,
  };

  // The outsider's own data: nobody in W1 may ever read it.
  const theirs = await outsider.call('POST', '/api/companies', { name: `Utland ${markers.otherWorkspace} Ltd`, country: 'GB' });
  if (theirs.status !== 201) throw new Error(`fixture: outsider company ${theirs.status}`);

  /** What each caller may not see: the id per kind it is probed with, and the secrets it must never read. */
  const probes: Record<CallerName, { ids: Ids; secrets: string[]; hiddenKinds: ObjectKind[] }> = {
    outsider: {
      ids: {
        ...adminSet,
        note: adminNote,
        emailLog: blockedMail,
        selection: adminSelection,
        messageKey: blockedKey,
        mailContact: blockedContact,
      },
      secrets: [...Object.values(markers).filter((m) => m !== markers.otherWorkspace), ADMIN.email, memberUser.email],
      hiddenKinds: [...OBJECT_KINDS],
    },
    member: {
      ids: {
        ...memberSet,
        note: adminNote,
        emailLog: blockedMail,
        selection: adminSelection,
        calendarFeed: adminSet.calendarFeed,
        messageKey: blockedKey,
        mailContact: blockedContact,
        noteCompany: adminSet.company,
        member: admin.userId,
      },
      secrets: [markers.adminNote, markers.mail, markers.adminSelection, markers.otherWorkspace],
      hiddenKinds: ['note', 'emailLog', 'selection', 'calendarFeed'],
    },
    admin: {
      ids: { ...adminSet, note: memberNote, selection: memberSelection, calendarFeed: memberSet.calendarFeed, member: victim.id },
      secrets: [markers.memberNote, markers.memberSelection, markers.otherWorkspace],
      hiddenKinds: ['note', 'selection', 'calendarFeed'],
    },
  };
  /** What each caller may see and change: its own set (the admin's with the victim as the member to manage). */
  const visible: Record<CallerName, Ids> = {
    outsider: adminSet,
    member: { ...memberSet, member: memberUser.id },
    admin: { ...adminSet, member: victim.id },
  };

  const callers = { outsider, member, admin };
  const w1 = t.first.workspaceId;
  const w2 = other.workspaceId;

  /** W1's version and audit lines: a refused request must leave both as they were. */
  async function w1State() {
    const [ws] = await t.db.select({ version: workspaces.version }).from(workspaces).where(eq(workspaces.id, w1));
    const [audit] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.workspaceId, w1));
    return { version: ws!.version, audit: audit!.n };
  }

  return { markers, callers, hidden, probes, visible, victim, w1, w2, w1State, objectSet: objectSetOf, memberUser };
}

export type SecurityFixture = Awaited<ReturnType<typeof buildSecurityFixture>>;
