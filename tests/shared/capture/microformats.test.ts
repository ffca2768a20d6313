import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CaptureDocument } from '../../../shared/capture/capture-dom';
import { extractPageEntities } from '../../../shared/capture/extract-page';
import { microformatCards, type MfCard } from '../../../shared/capture/microformat-cards';

const BASE = 'https://example.no/team/';
const cards = (body: string): MfCard[] => {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html') as unknown as CaptureDocument;
  return microformatCards(doc, BASE);
};
const props = (card: MfCard | undefined) =>
  Object.fromEntries([...(card?.props ?? new Map()).entries()].map(([k, vs]) => [k, vs.map((v: { text: string }) => v.text)]));

describe('microformatCards', () => {
  it('implies name, url and photo from a bare h-card link with an image', () => {
    const [card] = cards('<a class="h-card" href="/kari"><img src="kari.jpg" alt="Kari Nordmann"></a>');
    expect(props(card)).toEqual({
      name: ['Kari Nordmann'],
      url: ['https://example.no/kari'],
      photo: ['https://example.no/team/kari.jpg'],
    });
  });

  it('implies no name when the card has explicit p-* properties', () => {
    const [card] = cards('<div class="h-card">Kari Nordmann, <span class="p-org">Acme</span></div>');
    expect(props(card)).toEqual({ org: ['Acme'] });
  });

  it('reads only the value-class parts of a property, joined', () => {
    const [card] = cards(
      '<p class="h-card"><span class="p-tel"><span class="type">work</span>: <span class="value">+47 22 00 00 00</span></span> <span class="p-name"><span class="value">Kari</span> <em>(CEO)</em> <span class="value">Nordmann</span></span></p>',
    );
    expect(props(card).tel).toEqual(['+47 22 00 00 00']);
    expect(props(card).name).toEqual(['KariNordmann']);
  });

  it('reads a nested h-card in p-org as a structured property', () => {
    const [card] = cards(
      '<div class="h-card"><span class="p-name">Kari</span> <a class="p-org h-card" href="https://acme.no/">Acme AS</a></div>',
    );
    expect(props(card)).toEqual({ name: ['Kari'], org: ['Acme AS'] });
    expect(props(card?.props.get('org')?.[0]?.card)).toEqual({ name: ['Acme AS'], url: ['https://acme.no/'] });
  });

  it('treats class names case-sensitively, as microformats2 requires', () => {
    expect(cards('<div class="H-card"><span class="p-name">Kari</span></div>')).toEqual([]);
  });

  it('does not take utility classes such as h-full or p-4 for microformats', () => {
    const [card] = cards(
      '<div class="h-full"><a class="h-card p-4" href="/kari"><svg class="h-4 w-4"></svg>Kari Nordmann</a></div>',
    );
    expect(card?.types).toEqual(['h-card']);
    expect(props(card)).toEqual({ name: ['Kari Nordmann'], url: ['https://example.no/kari'] });
  });

  it('reads classic vCard class names', () => {
    const [card] = cards(
      '<div class="vcard"><span class="fn">Kari</span> <span class="title">CEO</span> <a class="email" href="mailto:kari@acme.no">mail</a></div>',
    );
    expect(props(card)).toEqual({ name: ['Kari'], 'job-title': ['CEO'], email: ['mailto:kari@acme.no'] });
  });
});

describe('h-cards as companies and people', () => {
  const extract = (body: string, head = '') =>
    extractPageEntities(`<html><head>${head}</head><body>${body}</body></html>`, 'https://acme.no/');

  it('reads an h-org as the company and its u-url profiles as social profiles', () => {
    const { companies, people } = extract(
      '<div class="h-card h-org"><span class="p-name">Acme AS</span> <a class="u-url" href="https://www.linkedin.com/company/acme/">in</a></div>',
    );
    expect(people).toEqual([]);
    expect(companies[0]?.socialProfiles).toEqual([{ value: 'https://www.linkedin.com/company/acme', source: 'microformats' }]);
  });

  it("takes an h-card named like the page's own organisation as that organisation, not a person", () => {
    const { companies, people } = extract(
      '<footer class="h-card"><span class="p-name">Acme</span> <span class="p-tel">22 00 00 00</span></footer>',
      '<meta property="og:site_name" content="Acme">',
    );
    expect(people).toEqual([]);
    expect(companies[0]?.phone).toEqual({ value: '22 00 00 00', source: 'microformats' });
  });

  it('takes an h-card whose name carries a legal form as an organisation', () => {
    const { companies, people } = extract('<div class="h-card"><span class="p-name">Bølgen Regnskap AS</span></div>');
    expect(people).toEqual([]);
    expect(companies.map((c) => c.name?.value)).toContain('Bølgen Regnskap AS');
  });

  it('leaves out the reviewer of an h-review', () => {
    const { people } = extract(
      '<div class="h-review"><span class="p-reviewer h-card"><span class="p-name">Tantek</span></span></div>',
    );
    expect(people).toEqual([]);
  });
});
