import { mailingsApi } from '../../../shared/api/mailings.api';
import type { ApiClient } from '../../api/api-client';
import './mail-composer.css';
import { useOperation } from '../ui/use-api';

type MailLogProps = {
  api: ApiClient;
  /** A company's log holds its own address and its contacts'; a contact's only theirs. */
  about: { companyId: string } | { contactId: string };
  onSignedOut: () => void;
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const STATUS = { sent: 'Sent', failed: 'Failed', pending: 'Sending…' } as const;

/** "E-mails sent": every message a mailing sent (or failed to send) to this record, newest first. */
export function MailLog({ api, about, onSignedOut }: MailLogProps) {
  const query = 'companyId' in about ? { companyId: about.companyId } : { contactId: about.contactId };
  const { data, error } = useOperation(api, mailingsApi.sent, { query }, onSignedOut);
  return (
    <section class="card span-all mail-log" data-testid="mail-log">
      <h2>E-mails sent</h2>
      {error && <p class="error">Could not load the e-mails sent: {error}</p>}
      {data && data.items.length === 0 && (
        <p class="empty">No e-mails sent yet. To send one, tick companies in the Companies list and choose E-mail….</p>
      )}
      {data && data.items.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th>When</th>
              <th>To</th>
              <th>Subject</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.id} data-status={m.status}>
                <td>{when.format(m.sentAt ?? m.createdAt)}</td>
                <td>
                  {m.contactId && 'companyId' in about ? (
                    <a href={`#/contacts/${m.contactId}`}>{m.contactName}</a>
                  ) : (
                    m.contactName
                  )}
                  {m.contactName && ' '}
                  <span class="muted">{m.address}</span>
                </td>
                <td>
                  {m.subject}
                  {m.sentBy && <span class="muted small"> · by {m.sentBy}</span>}
                </td>
                <td class={`mail-status-${m.status}`}>
                  {STATUS[m.status]}
                  {m.error && <span class="muted small"> {m.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
