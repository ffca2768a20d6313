import { emailLogId } from '../../shared/mail/email-log-id';
import type { FjordDb } from '../db/fjord-db';
import { runCommands } from '../sync/commands';
import type { Actor } from '../sync/session';
import type { EmailToLog } from './email-to-log';

/** Whether this workspace's cache holds the message as logged (any client may have logged it). */
export async function isLogged(db: FjordDb, actor: Actor, messageKey: string): Promise<boolean> {
  const row = await db.emailLogs.get(emailLogId(actor.workspaceId, messageKey));
  return row !== undefined && row.deletedAt === null;
}

/** Logs the e-mail on these contacts and companies through the outbox: instant, and offline too. */
export async function logEmail(db: FjordDb, actor: Actor, email: EmailToLog, contactIds: string[], companyIds: string[]) {
  const id = emailLogId(actor.workspaceId, email.messageKey);
  await runCommands(db, actor, [{ name: 'emailLog.log', args: { ...email, id, contactIds, companyIds } }]);
  return id;
}
