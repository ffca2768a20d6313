import { describe, expect, it } from 'vitest';
import { catalogueFindings } from '../../scripts/i18n/catalogue-findings';
import { serverLiterals } from '../../scripts/i18n/server-literals';
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

describe('the check that keeps the server’s answers in the catalogues', () => {
  const scan = (source: string, file = 'shared/api/x.api.ts') => serverLiterals(file, source).map((f) => f.text);

  it('finds English in errors the server answers with and in messages of shared schemas', () => {
    const found = scan(`
      if (!row) throw new AppError(404, 'notFound', 'Company not found');
      throw new MutationError('invalid', \`\${entity} is not in the trash\`, 'id');
      export const Body = z.object({
        name: z.string().min(1, 'is required').max(100),
        email: z.email({ message: 'must be an e-mail address' }),
      }).refine((b) => b.name, { message: 'give a name', path: ['name'] });`);
    expect(found).toEqual([
      'Company not found',
      'is not in the trash',
      'give a name',
      'is required',
      'must be an e-mail address',
    ]);
  });

  it('lets through keys, wordings built in code, values nobody reads, and the server’s own config schemas', () => {
    expect(
      scan(`
        throw new AppError(404, 'notFound', { key: 'errors.notFound.company' });
        throw new AppError(400, 'invalid', (i18n) => i18n.t('errors.input.invalid', { where, problem }));
        throw new MutationError('invalid', 'errors.field.required', 'name');
        const Id = z.uuid({ message: 'errors.field.uuid' }).min(1, 'errors.field.required');
        if (text.includes('two words', 3) || list.includes(x)) return;`),
    ).toEqual([]);
    expect(scan(`const Env = z.string().regex(/^x/, 'must start with x');`, 'server/env.ts')).toEqual([]);
  });
});
