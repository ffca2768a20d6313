import { MERGE_FIELDS, mergeFieldToken, type MergeFieldKey } from '../../../shared/mail/merge-fields';

type MailFieldPickerProps = { onPick: (token: string) => void };

const GROUPS: { prefix: string; label: string }[] = [
  { prefix: 'contact.', label: 'Contact' },
  { prefix: 'company.', label: 'Company' },
  { prefix: 'user.', label: 'You' },
];

/** The merge fields, as buttons that insert `{{field}}` where the cursor was in the subject or body. */
export function MailFieldPicker({ onPick }: MailFieldPickerProps) {
  return (
    <div class="mail-fields" data-testid="merge-fields">
      <p class="muted small">
        Insert a field; <code>{'{{contact.firstName|there}}'}</code> writes “there” when a recipient has no first name.
      </p>
      {GROUPS.map((group) => (
        <div key={group.prefix} class="mail-field-group">
          <span class="muted small">{group.label}</span>
          {MERGE_FIELDS.filter((f) => f.key.startsWith(group.prefix)).map((f) => (
            <button
              key={f.key}
              type="button"
              class="chip-button"
              title={mergeFieldToken(f.key as MergeFieldKey)}
              data-testid={`merge-field-${f.key}`}
              onClick={() => onPick(mergeFieldToken(f.key))}
            >
              {f.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
