import { useEffect, useState } from 'preact/hooks';
import type { MailingRecipients, MailingTarget } from '../../../shared/mail/mailing-request';
import type { MailingPreview } from '../../../shared/mail/mailing-responses';
import { renderSubject, renderTemplate } from '../../../shared/mail/merge-fields';
import { mailingsApi } from '../../../shared/api/mailings.api';
import type { ApiClient } from '../../api/api-client';

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

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** How many messages go out, who is left out and why, and the first message as its recipient will read it. */
export function MailPreview({ preview, subject, body }: MailPreviewProps) {
  const { data, error, loading } = preview;
  if (error) return <p class="error">Could not find the recipients: {error}</p>;
  if (!data) return <p class="muted">Finding recipients…</p>;
  const { skipped, first } = data;
  const left = [
    skipped.noAddress > 0 && `${plural(skipped.noAddress, 'record')} without an e-mail address`,
    skipped.noContacts > 0 && `${plural(skipped.noContacts, 'company', 'companies')} without contacts`,
    skipped.duplicate > 0 && `${plural(skipped.duplicate, 'duplicate address', 'duplicate addresses')}`,
    skipped.optedOut > 0 && `${plural(skipped.optedOut, 'address', 'addresses')} that unsubscribed`,
  ].filter(Boolean);
  return (
    <div class={loading ? 'mail-preview stale' : 'mail-preview'}>
      <p data-testid="mail-summary">
        <strong>{plural(data.recipients, 'message')}</strong>, one to each address.
        {left.length > 0 && <span class="muted"> Left out: {left.join(', ')}.</span>}
      </p>
      {first ? (
        <section class="mail-message" data-testid="mail-preview" aria-label="Preview">
          <p class="muted small">Preview for the first recipient</p>
          <p>
            <span class="muted">To </span>
            {first.address}
          </p>
          <p class="mail-message-subject" data-testid="mail-preview-subject">
            {renderSubject(subject, first.values) || <span class="muted">(no subject)</span>}
          </p>
          <pre class="mail-message-body" data-testid="mail-preview-body">
            {renderTemplate(body, first.values)}
          </pre>
          <p class="muted small" data-testid="mail-preview-unsubscribe">
            Each message ends with a link that unsubscribes its recipient from your mailings.
          </p>
        </section>
      ) : (
        <p class="muted">Nobody to preview: none of the selection has an e-mail address for this choice.</p>
      )}
    </div>
  );
}
