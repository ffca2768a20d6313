import { useState } from 'preact/hooks';
import type { ListItem } from '../../../shared/entities/list-item';
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
            aria-label={`New name for ${item.name}`}
            value={name}
            autoFocus
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
          <button type="submit" disabled={busy}>
            Save
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  if (mode === 'confirm') {
    return (
      <li class="list-item confirm" data-testid="list-item" data-name={item.name}>
        <span>
          Delete <strong>{item.name}</strong>? Records using it will show it as (deleted).
        </span>
        <span class="item-actions">
          <button type="button" class="danger" disabled={busy} onClick={onDelete}>
            Delete
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            Keep
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
          <span class="chip small">{APPLIES_TO[item.appliesTo]}</span>
        ) : (
          <select
            class="applies-to"
            aria-label={`${item.name} applies to`}
            value={item.appliesTo}
            disabled={busy}
            onChange={(e) => onAppliesTo(e.currentTarget.value as ListItem['appliesTo'])}
          >
            {Object.entries(APPLIES_TO).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
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
            Rename
          </button>
          <button type="button" class="link danger-link" onClick={() => setMode('confirm')}>
            Delete
          </button>
        </span>
      )}
    </li>
  );
}
