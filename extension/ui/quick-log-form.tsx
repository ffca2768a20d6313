import { useState } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/messages';
import type { QuickLog } from '../timeline/quick-log';
import { useI18n } from './i18n/use-i18n';
import { DateField } from './date-field';

type QuickLogFormProps = {
  contactId: string | null;
  companyId: string | null;
  /** What the follow-up is called unless the user says otherwise. */
  subject: string;
  /** Saves the log: straight into the cache (popup) or through the background (content scripts). */
  onSubmit: (log: QuickLog) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
};

const KINDS: [QuickLog['kind'], MessageKey][] = [
  ['call', 'ui.quickLog.kind.call'],
  ['meeting', 'ui.quickLog.kind.meeting'],
  ['visit', 'ui.quickLog.kind.visit'],
  ['note', 'ui.quickLog.kind.note'],
];

/**
 * A call or note on a person or company in a few keystrokes (the subject has the focus, Enter
 * saves), with a follow-up task if wanted; saved locally first, so it works offline.
 */
export function QuickLogForm({ contactId, companyId, subject, onSubmit, onSaved, onCancel }: QuickLogFormProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<QuickLog['kind']>('call');
  const [text, setText] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [follow, setFollow] = useState(false);
  const [followTitle, setFollowTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const followUpTitle = t('ui.quickLog.followUpTitle', { subject });
  const save = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setError(t(kind === 'note' ? 'ui.quickLog.noteMissing' : 'ui.quickLog.subjectMissing'));
    setSaving(true);
    try {
      await onSubmit({
        kind,
        text: text.trim(),
        contactId,
        companyId,
        isPrivate: kind === 'note' && isPrivate,
        followUp: follow ? { title: followTitle.trim() || followUpTitle, dueDate: due || null } : null,
      });
      onSaved();
    } catch (err) {
      setError(t('ui.quickLog.notSaved', { message: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  };
  return (
    <form class="add-contact quick-log" data-testid="quick-log-form" onSubmit={(e) => void save(e)}>
      <div class="choice">
        {KINDS.map(([value, label]) => (
          <label key={value} class="choice small">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(label)}
          </label>
        ))}
      </div>
      <label>
        <span>{t('ui.quickLog.text', { kind })}</span>
        <input type="text" name="text" autoFocus value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {kind === 'note' && (
        <label class="choice small">
          <input type="checkbox" name="isPrivate" checked={isPrivate} onChange={() => setPrivate(!isPrivate)} />
          {t('ui.quickLog.private')}
        </label>
      )}
      <label class="choice small">
        <input type="checkbox" name="followUp" checked={follow} onChange={() => setFollow(!follow)} />
        {t('ui.quickLog.followUp')}
      </label>
      {follow && (
        <>
          <label>
            <span>{t('ui.quickLog.task')}</span>
            <input
              type="text"
              name="followUpTitle"
              placeholder={followUpTitle}
              value={followTitle}
              onInput={(e) => setFollowTitle(e.currentTarget.value)}
            />
          </label>
          <label>
            <span>{t('ui.quickLog.due')}</span>
            <DateField name="followUpDue" value={due} onChange={setDue} />
          </label>
        </>
      )}
      {error && <p class="error">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving} data-testid="quick-log-save">
          {saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
