import { describe, expect, it } from 'vitest';
import { catalogueFindings } from '../../scripts/i18n/catalogue-findings';
import { untranslatedLiterals } from '../../scripts/i18n/untranslated-literals';

const scan = (source: string, file = 'extension/x.tsx') => untranslatedLiterals(file, source).map((f) => f.text);

describe('the check that keeps text in the catalogues', () => {
  it('finds text written into components: JSX text, text attributes, rendered literals, labels, dialogs, status setters', () => {
    const found = scan(`
      const KINDS = [{ value: 'call', label: 'Phone call' }];
      export function A({ n }: { n: number }) {
        if (!confirm('Delete this company?')) setStatus('Nothing deleted.');
        return (
          <form class="card" data-testid="a-form">
            <h2>Companies</h2>
            <input placeholder="Search by name" name="q" type="search" />
            <button aria-label={n > 1 ? 'Close all' : 'Close'}>×</button>
            {n === 0 && 'Nothing here yet'}
            {\`\${n} selected\`}
          </form>
        );
      }`);
    expect(found).toEqual([
      'Phone call',
      'Delete this company?',
      'Nothing deleted.',
      'Companies',
      'Search by name',
      'Close all',
      'Close',
      'Nothing here yet',
      'selected',
    ]);
  });

  it('lets through keys, brand names, symbols and attributes nobody reads', () => {
    const found = scan(`
      const KINDS = [{ value: 'call', label: 'timeline.kind.call' }];
      export const B = () => (
        <p class="muted big" data-kind="call" href="https://example.com" title={t('ui.close')}>
          Fjord CRM · {t('companies.card.title', { name })} — Gmail / Outlook (CSV, Excel) ×
        </p>
      );`);
    expect(found).toEqual([]);
  });
});

describe('the catalogue check', () => {
  const english = { 'a.count': '{count, plural, one {# company} other {# companies}}', 'a.status': 'Status', 'a.save': 'Save' };

  it('passes complete catalogues with the same placeholders, allowing words that really are the same', () => {
    const nb = { 'a.count': '{count, plural, one {# firma} other {# firmaer}}', 'a.status': 'Status', 'a.save': 'Lagre' };
    expect(catalogueFindings(english, { nb }, { nb: ['Status'] })).toEqual([]);
  });

  it('reports a missing or extra key, broken ICU, other placeholders and text left in English', () => {
    const sv = { 'a.count': '{n, plural, one {# företag} other {# företag}}', 'a.save': 'Save', 'a.extra': 'Extra' };
    const da = { 'a.count': '{count, plural, one {# virksomhed', 'a.status': 'Status', 'a.save': 'Gem' };
    const found = catalogueFindings(english, { sv, da }, { da: ['Status'] }).map(
      (f) => `${f.language} ${f.key} ${f.why.split(':')[0]}`,
    );
    expect(found).toEqual([
      'sv a.status missing',
      'sv a.count fills {n}, English {count}',
      'sv a.save still English',
      'sv a.extra not in the English catalogue',
      'da a.count not ICU',
    ]);
  });
});
