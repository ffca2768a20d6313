import { and, desc, eq, sql } from 'drizzle-orm';
import type { MailingProgress, SentMail } from '../../shared/mail/mailing-responses';
import type { Language } from '../../shared/i18n/languages';
import type { DbOrTx } from '../db/client';
import { contacts, mailingRecipients, mailings, users } from '../db/schema';

const MAX_FAILURES = 100;

/** The signed-in user as a sender: the name for `{{user.name}}`, the address replies go to. */
/** Who sends a mailing: their name fills merge fields, their language the lines Fjord adds to it. */
export type Sender = { name: string; email: string; language: Language | null };

export async function senderOf(db: DbOrTx, userId: string): Promise<Sender> {
  const [row] = await db
    .select({ name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? { name: '', email: '', language: null };
}

/** How far a mailing has come; undefined when it is not the workspace's. */
export async function mailingProgress(db: DbOrTx, workspaceId: string, id: string): Promise<MailingProgress | undefined> {
  const [mailing] = await db
    .select({ id: mailings.id, subject: mailings.subject, createdAt: mailings.createdAt, finishedAt: mailings.finishedAt })
    .from(mailings)
    .where(and(eq(mailings.id, id), eq(mailings.workspaceId, workspaceId)));
  if (!mailing) return undefined;
  const counts = await db
    .select({ status: mailingRecipients.status, n: sql<number>`count(*)` })
    .from(mailingRecipients)
    .where(eq(mailingRecipients.mailingId, id))
    .groupBy(mailingRecipients.status);
  const count = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  const failures = await db
    .select({ address: mailingRecipients.address, error: sql<string>`coalesce(${mailingRecipients.error}, '')` })
    .from(mailingRecipients)
    .where(and(eq(mailingRecipients.mailingId, id), eq(mailingRecipients.status, 'failed')))
    .limit(MAX_FAILURES);
  const [sent, failed, pending] = [count('sent'), count('failed'), count('pending')];
  return {
    ...mailing,
    total: sent + failed + pending,
    sent,
    failed,
    pending,
    finished: mailing.finishedAt !== null,
    failures,
  };
}

/** What was sent to a company (its own address and its contacts') or to a contact, newest first. */
export async function sentMailLog(
  db: DbOrTx,
  workspaceId: string,
  about: { companyId: string } | { contactId: string },
  limit: number,
): Promise<SentMail[]> {
  const which =
    'companyId' in about ? eq(mailingRecipients.companyId, about.companyId) : eq(mailingRecipients.contactId, about.contactId);
  return db
    .select({
      id: mailingRecipients.id,
      mailingId: mailingRecipients.mailingId,
      companyId: mailingRecipients.companyId,
      contactId: mailingRecipients.contactId,
      contactName: sql<string | null>`trim(${contacts.firstName} || ' ' || coalesce(${contacts.lastName}, ''))`,
      address: mailingRecipients.address,
      subject: mailingRecipients.subject,
      status: mailingRecipients.status,
      error: mailingRecipients.error,
      createdAt: mailings.createdAt,
      sentAt: mailingRecipients.sentAt,
      sentBy: users.name,
    })
    .from(mailingRecipients)
    .innerJoin(mailings, eq(mailings.id, mailingRecipients.mailingId))
    .leftJoin(contacts, eq(contacts.id, mailingRecipients.contactId))
    .leftJoin(users, eq(users.id, mailings.userId))
    .where(and(eq(mailingRecipients.workspaceId, workspaceId), which))
    .orderBy(desc(mailings.createdAt), desc(mailingRecipients.id))
    .limit(limit);
}
