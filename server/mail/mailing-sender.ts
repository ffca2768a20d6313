import type { InStatement } from '@libsql/client';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { renderTemplate } from '../../shared/mail/merge-fields';
import type { DbOrTx } from '../db/client';
import { companies, contacts, mailingRecipients, mailings } from '../db/schema';
import type { Deps } from '../deps';
import { i18nFor } from '../i18n/server-i18n';
import { MailSendError, openMailTransport, type MailTransport, type OutgoingMail } from './mail-transport';
import { recipientValues } from './mailing-create';
import { optedOutAddresses } from './mailing-opt-outs';
import { senderOf, type Sender } from './mailing-queries';
import type { MailCompany, MailContact } from './mailing-recipients';
import { mintUnsubscribeTokens, unsubscribeUrl } from './unsubscribe-tokens';

/** Recipients read, sent and recorded per round: progress moves in steps this size. */
const PAGE = 200;
/** Messages handed to the pool at once; it spreads them over its connections. */
const IN_FLIGHT = 20;

type Outcome = { id: string; error: string | null; recipientOnly?: boolean };

/**
 * Sends every pending message of a mailing, one per recipient, recording each as sent or failed
 * after every page. A refused recipient fails alone; a refused connection, sign-in or sender
 * fails the rest with that reason. Pending rows are what is left to do, so a restarted server
 * resumes (`resumeMailings`); a message in flight when it stopped may go twice.
 */
export async function sendMailing(deps: Deps, mailingId: string): Promise<void> {
  const [mailing] = await deps.db.select().from(mailings).where(eq(mailings.id, mailingId));
  if (!mailing || mailing.finishedAt !== null) return;
  const sender = await senderOf(deps.db, mailing.userId);
  // What Fjord writes itself (the unsubscribe line, why a message was not sent) is in the sender's language.
  const { t } = i18nFor(sender.language);
  const transport = openMailTransport(deps.env);
  let stop = transport ? null : t('server.mail.notConfigured');
  let after = 0;
  try {
    while (transport && !stop) {
      const page = await pendingPage(deps.db, mailingId, after);
      if (page.length === 0) break;
      after = page[page.length - 1]!.rowid;
      const records = await recordsOf(deps.db, mailing.workspaceId, page);
      // Someone may have unsubscribed since the mailing was made (from an earlier one still arriving).
      const optedOut = await optedOutAddresses(
        deps.db,
        mailing.workspaceId,
        page.map((r) => r.address),
      );
      const isOptedOut = (r: Pending) => optedOut.has(r.address.toLowerCase());
      // A mailing made before unsubscribe links existed has no address to point them at.
      const tokens = mailing.publicUrl
        ? await mintUnsubscribeTokens(
            deps,
            page.filter((r) => !isOptedOut(r)).map((r) => r.id),
          )
        : new Map<string, string>();
      const outcomes = await inParallel(page, IN_FLIGHT, async (r): Promise<Outcome | null> => {
        if (stop) return null;
        if (isOptedOut(r)) return { id: r.id, error: t('server.mail.optedOut'), recipientOnly: true };
        const url = tokens.has(r.id) ? unsubscribeUrl(mailing.publicUrl!, tokens.get(r.id)!) : null;
        const unsubscribe = url ? { url, line: t('server.mail.unsubscribeLine', { url }) } : null;
        const outcome = await sendOne(transport, messageFor(r, mailing, sender, records, unsubscribe));
        if (outcome.error === null || outcome.recipientOnly) return outcome;
        stop ??= t('server.mail.notSent', { problem: outcome.error });
        return null;
      });
      await record(
        deps,
        outcomes.filter((o): o is Outcome => o !== null),
      );
    }
  } finally {
    transport?.close();
  }
  await finish(deps, mailingId, stop);
}

type Pending = Awaited<ReturnType<typeof pendingPage>>[number];
type PageRecords = Awaited<ReturnType<typeof recordsOf>>;

/** One recipient's message: the stored subject, the body filled in with the record as it is now, its own unsubscribe link. */
function messageFor(
  r: Pending,
  mailing: { id: string; body: string },
  sender: Sender,
  records: PageRecords,
  unsubscribe: { url: string; line: string } | null,
): OutgoingMail {
  const company = records.companies.get(r.companyId ?? '') ?? null;
  const contact = records.contacts.get(r.contactId ?? '') ?? null;
  const text = renderTemplate(mailing.body, recipientValues(company, contact, sender.name));
  return {
    id: r.id,
    to: r.address,
    subject: r.subject,
    text: unsubscribe ? `${text}\n\n-- \n${unsubscribe.line}\n` : text,
    ...(sender.email && { replyTo: sender.email }),
    headers: {
      'X-Fjord-Mailing': mailing.id,
      // RFC 2369 and RFC 8058: mail clients offer their own "unsubscribe" button, one click.
      ...(unsubscribe && {
        'List-Unsubscribe': `<${unsubscribe.url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
    },
  };
}

/** Sent, or why not; `recipientOnly` false means nothing else will go either. */
async function sendOne(transport: MailTransport, mail: OutgoingMail): Promise<Outcome> {
  try {
    await transport.send(mail);
    return { id: mail.id, error: null };
  } catch (err) {
    const recipientOnly = err instanceof MailSendError && err.recipientOnly;
    return { id: mail.id, error: (err as Error).message, recipientOnly };
  }
}

/** Picks up mailings a stopped server left unfinished; called at start. */
export async function resumeMailings(deps: Deps): Promise<void> {
  const open = await deps.db.select({ id: mailings.id }).from(mailings).where(isNull(mailings.finishedAt));
  for (const { id } of open) await sendMailing(deps, id);
}

function pendingPage(db: DbOrTx, mailingId: string, after: number) {
  const rowid = sql<number>`${mailingRecipients}.rowid`;
  return db
    .select({
      rowid,
      id: mailingRecipients.id,
      companyId: mailingRecipients.companyId,
      contactId: mailingRecipients.contactId,
      address: mailingRecipients.address,
      subject: mailingRecipients.subject,
    })
    .from(mailingRecipients)
    .where(and(eq(mailingRecipients.mailingId, mailingId), eq(mailingRecipients.status, 'pending'), gt(rowid, after)))
    .orderBy(rowid)
    .limit(PAGE);
}

/** The page's companies and contacts as they are now: the body is filled in at sending time. */
async function recordsOf(db: DbOrTx, workspaceId: string, page: { companyId: string | null; contactId: string | null }[]) {
  const companyIds = [...new Set(page.flatMap((r) => (r.companyId ? [r.companyId] : [])))];
  const contactIds = [...new Set(page.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
  const [companyRows, contactRows]: [MailCompany[], MailContact[]] = await Promise.all([
    companyIds.length === 0
      ? []
      : db
          .select({
            id: companies.id,
            name: companies.name,
            email: companies.email,
            orgNumber: companies.orgNumber,
            country: companies.country,
            address: companies.address,
          })
          .from(companies)
          .where(and(eq(companies.workspaceId, workspaceId), inArray(companies.id, companyIds))),
    contactIds.length === 0
      ? []
      : db
          .select({
            id: contacts.id,
            firstName: contacts.firstName,
            lastName: contacts.lastName,
            title: contacts.title,
            email: contacts.email,
          })
          .from(contacts)
          .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, contactIds))),
  ]);
  return { companies: new Map(companyRows.map((c) => [c.id, c])), contacts: new Map(contactRows.map((c) => [c.id, c])) };
}

/** Writes a page's outcomes in one batch: the sent ones in one statement, each failure with its reason. */
async function record(deps: Deps, outcomes: Outcome[]) {
  if (outcomes.length === 0) return;
  const now = Date.now();
  const sent = outcomes.filter((o) => o.error === null).map((o) => o.id);
  const statements: InStatement[] = outcomes
    .filter((o) => o.error !== null)
    .map((o) => ({ sql: `update mailing_recipients set status = 'failed', error = ? where id = ?`, args: [o.error, o.id] }));
  if (sent.length > 0) {
    statements.push({
      sql: `update mailing_recipients set status = 'sent', sent_at = ? where id in (${sent.map(() => '?').join(',')})`,
      args: [now, ...sent],
    });
  }
  await deps.writeLock.run(() => deps.client.batch(statements, 'write'));
}

async function finish(deps: Deps, mailingId: string, stop: string | null) {
  const statements: InStatement[] = [{ sql: 'update mailings set finished_at = ? where id = ?', args: [Date.now(), mailingId] }];
  if (stop) {
    statements.unshift({
      sql: `update mailing_recipients set status = 'failed', error = ? where mailing_id = ? and status = 'pending'`,
      args: [stop, mailingId],
    });
  }
  await deps.writeLock.run(() => deps.client.batch(statements, 'write'));
}

/** `work` over every item, at most `limit` at a time, results in the items' order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
