import { useState } from 'preact/hooks';
import type { ListItem } from '../../../shared/entities/list-item';
import { useI18n } from '../../ui/i18n/use-i18n';
import { APPLIES_TO } from './list-kinds';
import { MoveButtons } from './move-buttons';

type ListItemRowProps = {
  item: ListItem;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  /** Another change to this list is under way. */
  busy: boolean;
  showAppliesTo: boolean;
  /** Resolves true when saved; the input stays open (with the error below the list) otherwise. */
  onRename: (name: string) => Promise<boolean>;
  onAppliesTo: (value: ListItem['appliesTo']) => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
};

export function ListItemRow({
  item,
  first,
  last,
  readOnly,
  busy,
  showAppliesTo,
  onRename,
  onAppliesTo,
  onMove,
  onDelete,
}: ListItemRowProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [name, setName] = useState(item.name);

  if (mode === 'rename') {
    const submit = async (event: Event) => {
      event.preventDefault();
      if (name.trim() === item.name || (await onRename(name.trim()))) setMode('view');
    };
    return (
      <li class="list-item editing" data-testid="list-item" data-name={item.name}>
        <form class="rename" onSubmit={(e) => void submit(e)}>
          <input
            name="rename"
            aria-label={t('settings.listItem.newName', { name: item.name })}
            value={name}
            autoFocus
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
          <button type="submit" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            {t('common.cancel')}
          </button>
        </form>
      </li>
    );
  }
  if (mode === 'confirm') {
    return (
      <li class="list-item confirm" data-testid="list-item" data-name={item.name}>
        <span>{t('settings.listItem.confirmDelete', { name: item.name })}</span>
        <span class="item-actions">
          <button type="button" class="danger" disabled={busy} onClick={onDelete}>
            {t('common.delete')}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            {t('dashboard.action.keep')}
          </button>
        </span>
      </li>
    );
  }
  return (
    <li class="list-item" data-testid="list-item" data-name={item.name}>
      <span class="item-name">{item.name}</span>
      {showAppliesTo &&
        (readOnly ? (
          <span class="chip small">{t(APPLIES_TO[item.appliesTo])}</span>
        ) : (
          <select
            class="applies-to"
            aria-label={t('settings.listItem.appliesTo', { name: item.name })}
            value={item.appliesTo}
            disabled={busy}
            onChange={(e) => onAppliesTo(e.currentTarget.value as ListItem['appliesTo'])}
          >
            {Object.entries(APPLIES_TO).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        ))}
      {!readOnly && (
        <span class="item-actions">
          <MoveButtons name={item.name} busy={busy} first={first} last={last} onMove={onMove} />
          <button
            type="button"
            class="link"
            onClick={() => {
              setName(item.name);
              setMode('rename');
            }}
          >
            {t('dashboard.action.rename')}
          </button>
          <button type="button" class="link danger-link" onClick={() => setMode('confirm')}>
            {t('common.delete')}
          </button>
        </span>
      )}
    </li>
  );
}
