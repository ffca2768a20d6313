import type { MailingCreateRequest } from '../../shared/mail/mailing-request';
import { mergeValues, renderSubject, type MergeValues } from '../../shared/mail/merge-fields';
import { newId } from '../../shared/ids';
import { rawInsert } from '../db/raw-upsert';
import { mailingRecipients, mailings } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import type { AuthContext, Deps } from '../deps';
import type { MailCompany, MailContact, Recipient } from './mailing-recipients';

/** The merge values of one message: its contact (if any), the company, and who sends it. */
export function recipientValues(company: MailCompany | null, contact: MailContact | null, userName: string): MergeValues {
  return mergeValues({ company, contact, userName });
}

/**
 * Records the mailing and one pending row per recipient, all in one transaction: either the whole
 * mailing is there to be sent, or nothing is.
 */
export async function createMailing(
  deps: Deps,
  auth: AuthContext,
  request: MailingCreateRequest,
  recipients: Recipient[],
  userName: string,
  /** Where the unsubscribe links point (the server as its users reach it). */
  publicUrl: string,
): Promise<string> {
  const { workspaceId, userId } = auth;
  const id = newId();
  const rows = recipients.map((r) => ({
    id: newId(),
    workspaceId,
    mailingId: id,
    companyId: r.company.id,
    contactId: r.contact?.id ?? null,
    address: r.address,
    subject: renderSubject(request.subject, recipientValues(r.company, r.contact, userName)),
    status: 'pending',
    error: null,
    sentAt: null,
  }));
  const mailing = {
    id,
    workspaceId,
    userId,
    subject: request.subject,
    body: request.body,
    createdAt: Date.now(),
    finishedAt: null,
    publicUrl,
  };
  await deps.writeLock.run(() =>
    withWriteTransaction(deps.client, async ({ raw }) => {
      await rawInsert(raw, mailings, [mailing]);
      await rawInsert(raw, mailingRecipients, rows);
    }),
  );
  return id;
}
