import { useMemo, useState } from 'preact/hooks';
import { naceLabel, searchNace } from '../../../../shared/registers/nace';
import { currentNaceLabels } from '../../../ui/i18n/nace-labels';
import { useI18n } from '../../../ui/i18n/use-i18n';

type NacePickerProps = { value: string; onChange: (code: string) => void };

const MAX_HITS = 8;

/** Search NACE Rev. 2 by words or code; only classes (four digits) can be picked, as the API stores. */
export function NacePicker({ value, onChange }: NacePickerProps) {
  const [query, setQuery] = useState('');
  const { t } = useI18n();
  // Words in the user's language or in English both find a class.
  const labels = currentNaceLabels();
  const hits = useMemo(
    () =>
      searchNace(query, 60, labels)
        .filter((entry) => entry.level === 4)
        .slice(0, MAX_HITS),
    [query, labels],
  );
  const pick = (code: string) => {
    onChange(code);
    setQuery('');
  };
  return (
    <div class="picker" data-testid="nace-picker">
      {value ? (
        <div class="picked" data-testid="nace-picked">
          <code>{value}</code> {naceLabel(value, labels) ?? t('companies.nace.unknown')}
          <button type="button" class="link" onClick={() => onChange('')}>
            {t('companies.picker.clear')}
          </button>
        </div>
      ) : (
        <div class="picked muted">{t('companies.nace.nonePicked')}</div>
      )}
      <input
        type="search"
        name="naceSearch"
        aria-label={t('companies.nace.searchLabel')}
        placeholder={t('companies.nace.searchPlaceholder')}
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
        <ul class="picker-results" role="listbox" aria-label={t('companies.nace.results')}>
          {hits.map((entry) => (
            <li key={entry.code} role="option" aria-selected={entry.code === value}>
              <button type="button" data-code={entry.code} onClick={() => pick(entry.code)}>
                <code>{entry.code}</code> {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && hits.length === 0 && <p class="muted small">{t('companies.nace.noMatch', { query: query.trim() })}</p>}
    </div>
  );
}
