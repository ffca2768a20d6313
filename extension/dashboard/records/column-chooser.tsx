type ColumnChooserProps = {
  /** The optional columns, in the list's order (the name column is always shown). */
  columns: readonly { key: string; label: string }[];
  keys: string[];
  onChange: (keys: string[]) => void;
};

/** Show or hide the list's columns; exports use the same choice. */
export function ColumnChooser({ columns, keys, onChange }: ColumnChooserProps) {
  return (
    <details class="menu" data-testid="column-chooser">
      <summary class="button secondary">Columns</summary>
      <div class="menu-panel">
        <p class="muted small">Shown in the list and in exports. Name is always included.</p>
        {columns.map((column) => {
          const checked = keys.includes(column.key);
          return (
            <label key={column.key} class="menu-check">
              <input
                type="checkbox"
                name={`column-${column.key}`}
                checked={checked}
                // Keep the list's own order, whatever order they were ticked in.
                onChange={() =>
                  onChange(columns.map((c) => c.key).filter((key) => (key === column.key ? !checked : keys.includes(key))))
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
