import { useState } from 'preact/hooks';
import { contactsApi } from '../../../shared/api/contacts.api';
import { emailLogsApi } from '../../../shared/api/email-logs.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';

type LoggedEmailsProps = {
  api: ApiClient;
  about: { companyId: string } | { contactId: string; blocked: boolean; isAdmin: boolean };
  onChanged: () => void;
  onSignedOut: () => void;
};

/**
 * "Logged e-mails": messages linked to this record from Gmail, Outlook or the API, newest first.
 * On a contact, admins may block access: then only admins see that contact's e-mails.
 */
export function LoggedEmails({ api, about, onChanged, onSignedOut }: LoggedEmailsProps) {
  const { t, f } = useI18n();
  const query = 'companyId' in about ? { companyId: about.companyId } : { contactId: about.contactId };
  const { data, error, reload } = useOperation(api, emailLogsApi.list, { query }, onSignedOut);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = async () => {
    if (!('contactId' in about)) return;
    setFailure(null);
    try {
      await api.call(contactsApi.setEmailAccess, { params: { id: about.contactId }, json: { blocked: !about.blocked } });
      reload();
      onChanged();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="card span-all" data-testid="logged-emails">
      <header class="list-section-header">
        <h2>{t('mail.logged.title')}</h2>
        {'contactId' in about && about.isAdmin && (
          <button type="button" class="secondary small-button" data-testid="email-access" onClick={() => void toggle()}>
            {about.blocked ? t('mail.logged.unblock') : t('mail.logged.block')}
          </button>
        )}
      </header>
      {'contactId' in about && about.blocked && (
        <p class="muted small" data-testid="emails-blocked">
          {t('mail.logged.blocked')}
        </p>
      )}
      {(error ?? failure) && <p class="error">{error ?? failure}</p>}
      {data && data.items.length === 0 && <p class="empty">{t('mail.logged.empty')}</p>}
      {data && data.items.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th>{t('mail.column.when')}</th>
              <th>{t('mail.column.from')}</th>
              <th>{t('mail.column.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.id}>
                <td>{m.sentAt ? f.dateTime(m.sentAt) : '—'}</td>
                <td>
                  {m.from.name ?? m.from.address} <span class="muted small">{m.from.name ? m.from.address : ''}</span>
                </td>
                <td>
                  {m.subject}
                  {m.snippet && !m.body && <div class="muted small">{m.snippet}</div>}
                  {m.body && (
                    <details class="small" data-testid="logged-body">
                      <summary>{m.snippet || t('mail.logged.wholeMessage')}</summary>
                      <pre class="mail-body">{m.body}</pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
