import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../shared/capture/page-name';

const front = { domain: 'acme.no', isHomepage: true };
const inner = { domain: 'acme.no', isHomepage: false };

describe('cleanTitle', () => {
  it.each([
    ['Acme AS | Home', 'Acme AS'],
    ['Home | Acme AS', 'Acme AS'],
    ['Acme AS – Welcome', 'Acme AS'],
    ['Velkommen til Acme AS', 'Acme AS'],
    ['Forside - Acme', 'Acme'],
    ['Acme AS', 'Acme AS'],
  ])('cleans %j to %j', (title, name) => {
    expect(cleanTitle(title, front)).toBe(name);
  });

  it("prefers the segment that contains the domain's name", () => {
    expect(cleanTitle('Rørlegger i Oslo | ACME Rør', front)).toBe('ACME Rør');
  });

  it('takes the last segment on an inner page and the first on the front page when none matches the domain', () => {
    expect(cleanTitle('About us | Nordlys', { domain: 'example.no', isHomepage: false })).toBe('Nordlys');
    expect(cleanTitle('Nordlys | Energy for the north', { domain: 'example.no', isHomepage: true })).toBe('Nordlys');
  });

  it('keeps hyphenated names whole', () => {
    expect(cleanTitle('Jean-Paul Consulting', front)).toBe('Jean-Paul Consulting');
  });

  it("does not take an inner page's own single-segment title for the site's name", () => {
    expect(cleanTitle('Johnsons Flea Tablets From £5.29', inner)).toBeUndefined();
    expect(cleanTitle('Acme AS – produkter', inner)).toBe('Acme AS');
  });

  it('returns undefined when only generic words are left', () => {
    expect(cleanTitle('Home', front)).toBeUndefined();
    expect(cleanTitle(undefined, front)).toBeUndefined();
  });
});
