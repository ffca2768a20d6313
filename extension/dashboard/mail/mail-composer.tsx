import { createPortal } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MailingRecipients, MailingTarget } from '../../../shared/mail/mailing-request';
import type { MailingCreated } from '../../../shared/mail/mailing-responses';
import { parseTemplate, type TemplateIssue } from '../../../shared/mail/merge-fields';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../../../shared/i18n/translator';
import { mailingsApi } from '../../../shared/api/mailings.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';
import './mail-composer.css';
import { MailFieldPicker } from './mail-field-picker';
import { MailPreview, useMailPreview } from './mail-preview';
import { MailProgress } from './mail-progress';

type MailComposerProps = {
  api: ApiClient;
  /** The selection: ticked ids, or a list filter. */
  target: MailingTarget;
  /** "2 selected companies", as the list names its selection. */
  selectionLabel: string;
  onClose: () => void;
};

type Field = 'subject' | 'body';
type Phase = { state: 'compose' } | { state: 'sending' } | { state: 'sent'; created: MailingCreated };

const RECIPIENT_CHOICES: { value: MailingRecipients; label: MessageKey }[] = [
  { value: 'contacts', label: 'mail.recipients.contacts' },
  { value: 'companies', label: 'mail.recipients.companies' },
  { value: 'both', label: 'mail.recipients.both' },
];

function issueText(t: Translate, issue: TemplateIssue): string {
  if (issue.problem === 'unclosed') return t('mail.template.unclosed', { field: issue.field });
  if (issue.problem === 'empty') return t('mail.template.empty', { token: issue.token });
  if (issue.suggestion) return t('mail.template.didYouMean', { field: issue.field, suggestion: issue.suggestion });
  return t('mail.template.unknown', { field: issue.field });
}

/**
 * Composes one message to a selection, previews it for the first recipient, sends it (one message
 * per address, on the server) and follows the sending to the end. A modal dialog in a portal, so
 * it is no part of the list's bulk-bar form.
 */
export function MailComposer({ api, target, selectionLabel, onClose }: MailComposerProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const inputs = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const [text, setText] = useState<Record<Field, string>>({ subject: '', body: '' });
  const [recipients, setRecipients] = useState<MailingRecipients>('contacts');
  const [lastField, setLastField] = useState<Field>('body');
  const [phase, setPhase] = useState<Phase>({ state: 'compose' });
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<{ fields: FieldErrors; message: string | null }>({ fields: {}, message: null });
  const preview = useMailPreview(api, target, recipients);
  useEffect(() => dialog.current?.showModal(), []);

  const errorsOf = (field: Field) => [
    ...(tried && !text[field].trim() ? [t('mail.composer.required')] : []),
    ...parseTemplate(text[field]).issues.map((issue) => issueText(t, issue)),
    ...(server.fields[field] ?? []),
  ];
  const ready =
    phase.state === 'compose' && !!preview.data?.configured && (preview.data?.recipients ?? 0) > 0 && !preview.loading;

  const edit = (field: Field, value: string) => {
    setText((current) => ({ ...current, [field]: value }));
    setServer((s) => ({ ...s, fields: { ...s.fields, [field]: [] } }));
  };
  const insert = (token: string) => {
    const el = inputs[lastField].current;
    const value = text[lastField];
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    edit(lastField, value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      // The user may have gone on to another field within the frame: leave the focus there.
      const active = document.activeElement;
      const typingElsewhere = active !== el && (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement);
      if (typingElsewhere) return;
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const send = async () => {
    setTried(true);
    if (!text.subject.trim() || !text.body.trim() || errorsOf('subject').length + errorsOf('body').length > 0) return;
    setPhase({ state: 'sending' });
    setServer({ fields: {}, message: null });
    try {
      const created = await api.call(mailingsApi.create, { json: { ...text, target, recipients } });
      setPhase({ state: 'sent', created });
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues : [];
      setServer({ fields: fieldErrors(issues), message: (err as Error).message });
      setPhase({ state: 'compose' });
    }
  };

  return createPortal(
    <dialog
      ref={dialog}
      class="mail-composer"
      data-testid="mail-composer"
      aria-labelledby="mail-composer-title"
      onCancel={(e) => {
        e.preventDefault();
        if (phase.state !== 'sending') onClose();
      }}
    >
      <header class="mail-composer-head">
        <h2 id="mail-composer-title">{t('mail.composer.title', { selection: selectionLabel })}</h2>
        {phase.state !== 'sent' && (
          <button type="button" class="link" onClick={onClose} disabled={phase.state === 'sending'}>
            {t('common.cancel')}
          </button>
        )}
      </header>
      {phase.state === 'sent' ? (
        <MailProgress api={api} id={phase.created.id} total={phase.created.recipients} onClose={onClose} />
      ) : (
        <div class="mail-composer-grid">
          <div class="mail-compose">
            <FormField name="recipients" label={t('mail.composer.sendTo')} group errors={server.fields.recipients}>
              <div class="mail-recipient-choices">
                {RECIPIENT_CHOICES.map((choice) => (
                  <label key={choice.value}>
                    <input
                      type="radio"
                      name="mail-recipients"
                      value={choice.value}
                      checked={recipients === choice.value}
                      onChange={() => setRecipients(choice.value)}
                    />
                    {t(choice.label)}
                  </label>
                ))}
              </div>
            </FormField>
            <FormField name="subject" label={t('mail.column.subject')} errors={errorsOf('subject')}>
              <input
                ref={inputs.subject}
                name="mail-subject"
                value={text.subject}
                maxLength={200}
                onFocus={() => setLastField('subject')}
                onInput={(e) => edit('subject', e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
              />
            </FormField>
            <FormField name="body" label={t('mail.composer.body')} errors={errorsOf('body')}>
              <textarea
                ref={inputs.body}
                name="mail-body"
                rows={12}
                value={text.body}
                onFocus={() => setLastField('body')}
                onInput={(e) => edit('body', e.currentTarget.value)}
              />
            </FormField>
            <MailFieldPicker onPick={insert} />
          </div>
          <div class="mail-side">
            <MailPreview preview={preview} subject={text.subject} body={text.body} />
            {preview.data && !preview.data.configured && (
              <p class="warning" data-testid="mail-not-configured">
                {t('mail.composer.notConfigured')}
              </p>
            )}
            {server.message && (
              <p class="error" role="alert" data-testid="mail-error">
                {server.message}
              </p>
            )}
            <div class="actions">
              <button type="button" data-testid="mail-send" disabled={!ready} onClick={() => void send()}>
                {phase.state === 'sending'
                  ? t('mail.status.pending')
                  : t('mail.composer.send', { count: preview.data?.recipients ?? 0 })}
              </button>
            </div>
          </div>
        </div>
      )}
    </dialog>,
    document.body,
  );
}
