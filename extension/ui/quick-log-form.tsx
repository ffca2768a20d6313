import { useState } from 'preact/hooks';
import type { QuickLog } from '../timeline/quick-log';

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

const KINDS: [QuickLog['kind'], string][] = [
  ['call', 'Call'],
  ['meeting', 'Meeting'],
  ['visit', 'Visit'],
  ['note', 'Note'],
];

/**
 * A call or note on a person or company in a few keystrokes (the subject has the focus, Enter
 * saves), with a follow-up task if wanted; saved locally first, so it works offline.
 */
export function QuickLogForm({ contactId, companyId, subject, onSubmit, onSaved, onCancel }: QuickLogFormProps) {
  const [kind, setKind] = useState<QuickLog['kind']>('call');
  const [text, setText] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [follow, setFollow] = useState(false);
  const [followTitle, setFollowTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setError(kind === 'note' ? 'Note: write something first.' : 'Subject: say what it was about.');
    setSaving(true);
    try {
      await onSubmit({
        kind,
        text: text.trim(),
        contactId,
        companyId,
        isPrivate: kind === 'note' && isPrivate,
        followUp: follow ? { title: followTitle.trim() || `Follow up: ${subject}`, dueDate: due || null } : null,
      });
      onSaved();
    } catch (err) {
      setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
      setSaving(false);
    }
  };
  return (
    <form class="add-contact quick-log" data-testid="quick-log-form" onSubmit={(e) => void save(e)}>
      <div class="choice">
        {KINDS.map(([value, label]) => (
          <label key={value} class="choice small">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {label}
          </label>
        ))}
      </div>
      <label>
        <span>{kind === 'note' ? 'Note' : 'Subject'}</span>
        <input type="text" name="text" autoFocus value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {kind === 'note' && (
        <label class="choice small">
          <input type="checkbox" name="isPrivate" checked={isPrivate} onChange={() => setPrivate(!isPrivate)} />
          Private: only me
        </label>
      )}
      <label class="choice small">
        <input type="checkbox" name="followUp" checked={follow} onChange={() => setFollow(!follow)} />
        Follow-up task
      </label>
      {follow && (
        <>
          <label>
            <span>Task</span>
            <input
              type="text"
              name="followUpTitle"
              placeholder={`Follow up: ${subject}`}
              value={followTitle}
              onInput={(e) => setFollowTitle(e.currentTarget.value)}
            />
          </label>
          <label>
            <span>Due</span>
            <input type="date" name="followUpDue" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </label>
        </>
      )}
      {error && <p class="error">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving} data-testid="quick-log-save">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
