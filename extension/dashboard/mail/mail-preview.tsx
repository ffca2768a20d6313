import { useEffect, useState } from 'preact/hooks';
import type { MailingRecipients, MailingTarget } from '../../../shared/mail/mailing-request';
import type { MailingPreview } from '../../../shared/mail/mailing-responses';
import { renderSubject, renderTemplate } from '../../../shared/mail/merge-fields';
import { mailingsApi } from '../../../shared/api/mailings.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';

export type PreviewState = { data: MailingPreview | null; error: string | null; loading: boolean };

/** Who the selection reaches with this recipient choice, asked again whenever the choice changes. */
export function useMailPreview(api: ApiClient, target: MailingTarget, recipients: MailingRecipients): PreviewState {
  const [state, setState] = useState<PreviewState>({ data: null, error: null, loading: true });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    api
      .call(mailingsApi.preview, { json: { target, recipients } })
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch((err: Error) => current && setState({ data: null, error: err.message, loading: false }));
    return () => {
      current = false;
    };
  }, [api, target, recipients]);
  return state;
}

type MailPreviewProps = { preview: PreviewState; subject: string; body: string };

/** How many messages go out, who is left out and why, and the first message as its recipient will read it. */
export function MailPreview({ preview, subject, body }: MailPreviewProps) {
  const { t } = useI18n();
  const { data, error, loading } = preview;
  if (error) return <p class="error">{t('mail.preview.failed', { error })}</p>;
  if (!data) return <p class="muted">{t('mail.preview.finding')}</p>;
  const { skipped, first } = data;
  const left = [
    skipped.noAddress > 0 && t('mail.preview.noAddress', { count: skipped.noAddress }),
    skipped.noContacts > 0 && t('mail.preview.noContacts', { count: skipped.noContacts }),
    skipped.duplicate > 0 && t('mail.preview.duplicate', { count: skipped.duplicate }),
    skipped.optedOut > 0 && t('mail.preview.optedOut', { count: skipped.optedOut }),
  ].filter(Boolean);
  return (
    <div class={loading ? 'mail-preview stale' : 'mail-preview'}>
      <p data-testid="mail-summary">
        <strong>{t('mail.preview.messages', { count: data.recipients })}</strong>
        {t('mail.preview.oneEach')}
        {left.length > 0 && <span class="muted"> {t('mail.preview.leftOut', { list: left.join(', ') })}</span>}
      </p>
      {first ? (
        <section class="mail-message" data-testid="mail-preview" aria-label={t('mail.preview.label')}>
          <p class="muted small">{t('mail.preview.first')}</p>
          <p>
            <span class="muted">{t('mail.column.to')} </span>
            {first.address}
          </p>
          <p class="mail-message-subject" data-testid="mail-preview-subject">
            {renderSubject(subject, first.values) || <span class="muted">{t('mail.preview.noSubject')}</span>}
          </p>
          <pre class="mail-message-body" data-testid="mail-preview-body">
            {renderTemplate(body, first.values)}
          </pre>
          <p class="muted small" data-testid="mail-preview-unsubscribe">
            {t('mail.preview.unsubscribe')}
          </p>
        </section>
      ) : (
        <p class="muted">{t('mail.preview.nobody')}</p>
      )}
    </div>
  );
}
