import { OPTIONAL_COLUMNS } from './company-columns';

type ColumnChooserProps = { keys: string[]; onChange: (keys: string[]) => void };

/** Show or hide the list's columns; exports use the same choice. */
export function ColumnChooser({ keys, onChange }: ColumnChooserProps) {
  return (
    <details class="menu" data-testid="column-chooser">
      <summary class="button secondary">Columns</summary>
      <div class="menu-panel">
        <p class="muted small">Shown in the list and in exports. Name is always included.</p>
        {OPTIONAL_COLUMNS.map((column) => {
          const checked = keys.includes(column.key);
          return (
            <label key={column.key} class="menu-check">
              <input
                type="checkbox"
                name={`column-${column.key}`}
                checked={checked}
                // Keep the list's own order, whatever order they were ticked in.
                onChange={() =>
                  onChange(
                    OPTIONAL_COLUMNS.map((c) => c.key).filter((key) => (key === column.key ? !checked : keys.includes(key))),
                  )
                }
              />
              {column.label}
            </label>
          );
        })}
      </div>
    </details>
  );
}
