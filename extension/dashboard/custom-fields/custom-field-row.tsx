import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CustomField, CustomFieldFields } from '../../../shared/entities/custom-field';
import { useI18n } from '../../ui/i18n/use-i18n';
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
  const { t } = useI18n();
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
            aria-label={t('customFields.row.newLabel', { label: field.label })}
            value={text}
            autoFocus
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
        ) : (
          <textarea
            name="choices"
            rows={4}
            aria-label={t('customFields.row.choicesOf', { label: field.label })}
            value={text}
            autoFocus
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={() => setMode('view')}>
          {t('common.cancel')}
        </button>
      </form>,
    );
  }
  if (mode === 'confirm') {
    return row(
      <>
        <span>{t('customFields.row.confirmDelete', { label: field.label })}</span>
        <span class="item-actions">
          <button type="button" class="danger" disabled={busy} onClick={onDelete}>
            {t('common.delete')}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            {t('dashboard.action.keep')}
          </button>
        </span>
      </>,
    );
  }
  return row(
    <>
      <span class="item-name">
        {field.label} <span class="chip small">{t(TYPE_LABELS[field.type])}</span>
        {hasChoices(field.type) && (
          <span class="muted small field-choices">
            {field.options.length > 0 ? field.options.join(', ') : t('customFields.row.anyValues')}
          </span>
        )}
      </span>
      {!readOnly && (
        <span class="item-actions">
          <select
            aria-label={t('customFields.row.sectionOf', { label: field.label })}
            value={field.section}
            disabled={busy}
            onChange={(e) => void onPatch({ section: e.currentTarget.value as CustomField['section'] })}
          >
            {Object.entries(SECTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
          <MoveButtons name={field.label} busy={busy} first={first} last={last} onMove={onMove} />
          <button type="button" class="link" onClick={() => open('rename')}>
            {t('dashboard.action.rename')}
          </button>
          {hasChoices(field.type) && (
            <button type="button" class="link" onClick={() => open('choices')}>
              {t('customFields.field.options')}
            </button>
          )}
          <button type="button" class="link danger-link" onClick={() => setMode('confirm')}>
            {t('common.delete')}
          </button>
        </span>
      )}
    </>,
  );
}
