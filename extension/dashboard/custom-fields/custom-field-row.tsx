import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CustomField, CustomFieldFields } from '../../../shared/entities/custom-field';
import { SECTION_LABELS, TYPE_LABELS, choicesFromText, hasChoices } from './custom-field-types';
import { MoveButtons } from '../settings/move-buttons';

type Patch = Partial<Pick<CustomFieldFields, 'label' | 'options' | 'section'>>;

type CustomFieldRowProps = {
  field: CustomField;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  /** Another change to these fields is under way. */
  busy: boolean;
  /** Resolves true when saved; the editor stays open (with the error below the list) otherwise. */
  onPatch: (patch: Patch) => Promise<boolean>;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
};

/** One field definition: its type and choices, and (for admins) rename, choices, section, order and delete. */
export function CustomFieldRow({ field, first, last, readOnly, busy, onPatch, onMove, onDelete }: CustomFieldRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'choices' | 'confirm'>('view');
  const [text, setText] = useState('');
  const open = (next: 'rename' | 'choices') => {
    setText(next === 'rename' ? field.label : field.options.join('\n'));
    setMode(next);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const patch = mode === 'rename' ? { label: text.trim() } : { options: choicesFromText(text) };
    if (await onPatch(patch)) setMode('view');
  };
  const row = (children: ComponentChildren) => (
    <li class={`list-item custom-field-item ${mode}`} data-testid="custom-field" data-label={field.label}>
      {children}
    </li>
  );

  if (mode === 'rename' || mode === 'choices') {
    return row(
      <form class="rename" onSubmit={(e) => void save(e)}>
        {mode === 'rename' ? (
          <input
            name="rename"
            aria-label={`New label for ${field.label}`}
            value={text}
            autoFocus
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
        ) : (
          <textarea
            name="choices"
            rows={4}
            aria-label={`Choices of ${field.label}, one per line`}
            value={text}
            autoFocus
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="secondary" onClick={() => setMode('view')}>
          Cancel
        </button>
      </form>,
    );
  }
  if (mode === 'confirm') {
    return row(
      <>
        <span>
          Delete <strong>{field.label}</strong>? Values already recorded stay on the records, shown as (deleted field).
        </span>
        <span class="item-actions">
          <button type="button" class="danger" disabled={busy} onClick={onDelete}>
            Delete
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            Keep
          </button>
        </span>
      </>,
    );
  }
  return row(
    <>
      <span class="item-name">
        {field.label} <span class="chip small">{TYPE_LABELS[field.type]}</span>
        {hasChoices(field.type) && (
          <span class="muted small field-choices">{field.options.length > 0 ? field.options.join(', ') : 'any values'}</span>
        )}
      </span>
      {!readOnly && (
        <span class="item-actions">
          <select
            aria-label={`Section of ${field.label}`}
            value={field.section}
            disabled={busy}
            onChange={(e) => void onPatch({ section: e.currentTarget.value as CustomField['section'] })}
          >
            {Object.entries(SECTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <MoveButtons name={field.label} busy={busy} first={first} last={last} onMove={onMove} />
          <button type="button" class="link" onClick={() => open('rename')}>
            Rename
          </button>
          {hasChoices(field.type) && (
            <button type="button" class="link" onClick={() => open('choices')}>
              Choices
            </button>
          )}
          <button type="button" class="link danger-link" onClick={() => setMode('confirm')}>
            Delete
          </button>
        </span>
      )}
    </>,
  );
}
