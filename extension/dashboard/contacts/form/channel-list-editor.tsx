import type { ChannelDraft } from './contact-draft';
import { useI18n } from '../../../ui/i18n/use-i18n';

type ChannelListEditorProps = {
  /** `emails` or `phones`: the API field, in each input's name (`emails.0.value`). */
  name: 'emails' | 'phones';
  rows: ChannelDraft[];
  onChange: (rows: ChannelDraft[]) => void;
  /** Problems by row (the API's `issues[].path[1]`). */
  invalidRows: Set<number>;
};

/** E-mail addresses or phone numbers with their labels; the first is the primary, and any row can be moved there. */
export function ChannelListEditor({ name, rows, onChange, invalidRows }: ChannelListEditorProps) {
  const { t } = useI18n();
  const shown = rows.length > 0 ? rows : [{ value: '', label: '' }];
  const set = (index: number, patch: Partial<ChannelDraft>) =>
    onChange(shown.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const email = name === 'emails';
  return (
    <div class="channel-list" data-testid={`${name}-editor`}>
      {shown.map((row, index) => (
        <div class="channel-row" key={index}>
          <input
            name={`${name}.${index}.value`}
            type="text"
            inputMode={email ? 'email' : 'tel'}
            autoComplete="off"
            aria-label={t(email ? 'contacts.form.emailN' : 'contacts.form.phoneN', { n: index + 1 })}
            aria-invalid={invalidRows.has(index) ? true : undefined}
            value={row.value}
            onInput={(e) => set(index, { value: e.currentTarget.value })}
          />
          <input
            name={`${name}.${index}.label`}
            class="channel-label"
            aria-label={t('contacts.form.labelN', { n: index + 1 })}
            placeholder={t(email ? 'contacts.form.emailLabelHint' : 'contacts.form.phoneLabelHint')}
            value={row.label}
            onInput={(e) => set(index, { label: e.currentTarget.value })}
          />
          {index === 0 ? (
            <span class="muted small channel-primary">{t('contacts.form.primary')}</span>
          ) : (
            <button type="button" class="link" onClick={() => onChange([shown[index]!, ...shown.filter((_, i) => i !== index)])}>
              {t('contacts.form.makePrimary')}
            </button>
          )}
          <button
            type="button"
            class="link danger-link"
            aria-label={t('contacts.form.removeN', { n: index + 1 })}
            onClick={() => onChange(shown.filter((_, i) => i !== index))}
          >
            {t('contacts.form.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="link"
        data-testid={`add-${name}`}
        onClick={() => onChange([...shown, { value: '', label: '' }])}
      >
        {t(email ? 'contacts.form.addEmail' : 'contacts.form.addPhone')}
      </button>
    </div>
  );
}
