import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PageEntitiesSchema } from '../../../shared/capture/captured';
import { extractPageEntities } from '../../../shared/capture/extract-page';
import { fixture } from './fixture';

const URL_ONLY = {
  companies: [
    {
      name: { value: 'acme.no', source: 'url' },
      website: { value: 'https://acme.no', source: 'url' },
      domain: { value: 'acme.no', source: 'url' },
      socialProfiles: [],
      country: { value: 'NO', source: 'url' },
    },
  ],
  people: [],
};

describe('extractPageEntities on hostile input', () => {
  it.each([
    ['an empty string', ''],
    ['whitespace', '  \n\t '],
    ['plain text', 'just some text, no markup'],
    ['a lone closing tag', '</html>'],
    ['binary noise', '\u0000\u0001\ufffd<\u0000>'],
  ])('returns the company the URL describes for %s', (_, html) => {
    expect(extractPageEntities(html, 'https://acme.no/')).toEqual(URL_ONLY);
  });

  it('survives thousands of unclosed nested elements', () => {
    const html = `<html><body>${'<div><span>'.repeat(5000)}<footer>Org.nr. 921 554 435</footer></body></html>`;
    const [company] = extractPageEntities(html, 'https://acme.no/').companies;
    expect(company?.orgNumber).toEqual({ value: '921554435', source: 'footer' });
  });

  it('survives JSON-LD nodes that reference each other in a cycle', () => {
    const html = `<script type="application/ld+json">{"@graph": [
      {"@id": "#a", "@type": "Organization", "name": "Alpha AS", "parentOrganization": {"@id": "#b"}},
      {"@id": "#b", "@type": "Organization", "name": "Beta AS", "subOrganization": {"@id": "#a"}}
    ]}</script>`;
    const names = extractPageEntities(html, 'https://alpha.no/').companies.map((c) => c.name?.value);
    expect(names).toEqual(expect.arrayContaining(['Alpha AS', 'Beta AS']));
  });

  it('gives no website or domain when the page URL is not a URL, rather than throwing', () => {
    expect(extractPageEntities('<title>Acme</title>', 'not a url')).toEqual({
      companies: [{ name: { value: 'Acme', source: 'meta' }, socialProfiles: [] }],
      people: [],
    });
  });

  it('ignores javascript: and data: URLs everywhere', () => {
    const html = `<html><head><link rel="icon" href="javascript:alert(1)"><meta property="og:url" content="javascript:void(0)"></head>
      <body><div class="h-card h-org"><a class="p-name u-url" href="javascript:alert(1)">Acme AS</a><img class="u-logo" src="data:image/png;base64,AAAA"></div></body></html>`;
    const [company] = extractPageEntities(html, 'https://acme.no/').companies;
    expect(company?.name?.value).toBe('Acme AS');
    expect(company?.website).toEqual({ value: 'https://acme.no', source: 'url' });
    expect(company?.logo).toBeUndefined();
  });
});

describe('the extractor output', () => {
  const pages = readdirSync(new URL('../../fixtures/capture/', import.meta.url)).filter((f) => f.endsWith('.html'));

  it.each(pages)('of %s matches PageEntitiesSchema', (name) => {
    const result = extractPageEntities(fixture(name), 'https://example.no/');
    expect(PageEntitiesSchema.safeParse(result).success).toBe(true);
    expect(result.companies.length).toBeGreaterThan(0);
  });
});

describe('the capture source', () => {
  const dir = new URL('../../../shared/capture/', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(sources)('%s never touches innerHTML or outerHTML', (file) => {
    expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/\b(?:inner|outer)HTML\b/);
  });
});
