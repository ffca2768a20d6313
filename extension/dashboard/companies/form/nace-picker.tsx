import { useMemo, useState } from 'preact/hooks';
import { naceLabel, searchNace } from '../../../../shared/registers/nace';

type NacePickerProps = { value: string; onChange: (code: string) => void };

const MAX_HITS = 8;

/** Search NACE Rev. 2 by words or code; only classes (four digits) can be picked, as the API stores. */
export function NacePicker({ value, onChange }: NacePickerProps) {
  const [query, setQuery] = useState('');
  const hits = useMemo(
    () =>
      searchNace(query, 60)
        .filter((entry) => entry.level === 4)
        .slice(0, MAX_HITS),
    [query],
  );
  const pick = (code: string) => {
    onChange(code);
    setQuery('');
  };
  return (
    <div class="picker" data-testid="nace-picker">
      {value ? (
        <div class="picked" data-testid="nace-picked">
          <code>{value}</code> {naceLabel(value) ?? '(unknown code)'}
          <button type="button" class="link" onClick={() => onChange('')}>
            Clear
          </button>
        </div>
      ) : (
        <div class="picked muted">None picked</div>
      )}
      <input
        type="search"
        name="naceSearch"
        aria-label="Search NACE codes"
        placeholder="Search by activity or code, e.g. software or 62.01"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter picks the first hit instead of submitting the whole form.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (hits[0]) pick(hits[0].code);
        }}
      />
      {hits.length > 0 && (
        <ul class="picker-results" role="listbox" aria-label="NACE classes">
          {hits.map((entry) => (
            <li key={entry.code} role="option" aria-selected={entry.code === value}>
              <button type="button" data-code={entry.code} onClick={() => pick(entry.code)}>
                <code>{entry.code}</code> {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && hits.length === 0 && (
        <p class="muted small">No NACE class matches "{query.trim()}": try another word or the first digits of the code.</p>
      )}
    </div>
  );
}
