import { useI18n } from '../../ui/i18n/use-i18n';
import { columnLabel, type ListColumn } from './list-columns';

type ColumnChooserProps = {
  /** The optional columns, in the list's order (the name column is always shown). */
  columns: readonly ListColumn[];
  keys: string[];
  onChange: (keys: string[]) => void;
};

/** Show or hide the list's columns; exports use the same choice. */
export function ColumnChooser({ columns, keys, onChange }: ColumnChooserProps) {
  const { t } = useI18n();
  return (
    <details class="menu" data-testid="column-chooser">
      <summary class="button secondary">{t('records.columns.button')}</summary>
      <div class="menu-panel">
        <p class="muted small">{t('records.columns.hint')}</p>
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
              {columnLabel(t, column)}
            </label>
          );
        })}
      </div>
    </details>
  );
}
