import type { MessageKey } from '../../../shared/i18n/messages';
import { MERGE_FIELDS, mergeFieldToken, type MergeFieldKey } from '../../../shared/mail/merge-fields';
import { useI18n } from '../../ui/i18n/use-i18n';

type MailFieldPickerProps = { onPick: (token: string) => void };

const GROUPS: { prefix: string; label: MessageKey }[] = [
  { prefix: 'contact.', label: 'common.contact' },
  { prefix: 'company.', label: 'common.company' },
  { prefix: 'user.', label: 'mail.fields.you' },
];

/** The merge fields, as buttons that insert `{{field}}` where the cursor was in the subject or body. */
export function MailFieldPicker({ onPick }: MailFieldPickerProps) {
  const { t } = useI18n();
  const fallback = t('mail.fields.exampleFallback');
  return (
    <div class="mail-fields" data-testid="merge-fields">
      <p class="muted small">
        {t('mail.fields.insert')} <code>{mergeFieldToken('contact.firstName', fallback)}</code>{' '}
        {t('mail.fields.fallbackHint', { fallback })}
      </p>
      {GROUPS.map((group) => (
        <div key={group.prefix} class="mail-field-group">
          <span class="muted small">{t(group.label)}</span>
          {MERGE_FIELDS.filter((f) => f.key.startsWith(group.prefix)).map((f) => (
            <button
              key={f.key}
              type="button"
              class="chip-button"
              title={mergeFieldToken(f.key as MergeFieldKey)}
              data-testid={`merge-field-${f.key}`}
              onClick={() => onPick(mergeFieldToken(f.key))}
            >
              {t(f.label)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
