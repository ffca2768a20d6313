import { mailingsApi } from '../../../shared/api/mailings.api';
import type { SentMail } from '../../../shared/mail/mailing-responses';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import './mail-composer.css';
import { useOperation } from '../ui/use-api';

type MailLogProps = {
  api: ApiClient;
  /** A company's log holds its own address and its contacts'; a contact's only theirs. */
  about: { companyId: string } | { contactId: string };
  onSignedOut: () => void;
};

const STATUS: Record<SentMail['status'], MessageKey> = {
  sent: 'mail.status.sent',
  failed: 'mail.status.failed',
  pending: 'mail.status.pending',
};

/** "E-mails sent": every message a mailing sent (or failed to send) to this record, newest first. */
export function MailLog({ api, about, onSignedOut }: MailLogProps) {
  const { t, f } = useI18n();
  const query = 'companyId' in about ? { companyId: about.companyId } : { contactId: about.contactId };
  const { data, error } = useOperation(api, mailingsApi.sent, { query }, onSignedOut);
  return (
    <section class="card span-all mail-log" data-testid="mail-log">
      <h2>{t('mail.log.title')}</h2>
      {error && <p class="error">{t('mail.log.loadFailed', { error })}</p>}
      {data && data.items.length === 0 && <p class="empty">{t('mail.log.empty')}</p>}
      {data && data.items.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th>{t('mail.column.when')}</th>
              <th>{t('mail.column.to')}</th>
              <th>{t('mail.column.subject')}</th>
              <th>{t('mail.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.id} data-status={m.status}>
                <td>{f.dateTime(m.sentAt ?? m.createdAt)}</td>
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
                  {m.sentBy && <span class="muted small"> · {t('mail.log.sentBy', { name: m.sentBy })}</span>}
                </td>
                <td class={`mail-status-${m.status}`}>
                  {t(STATUS[m.status])}
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
