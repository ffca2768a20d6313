import { describe, expect, it } from 'vitest';
import { countryOfDomain, registrableDomain, resolveHttpUrl, websiteOf } from '../../../shared/capture/web-url';

describe('resolveHttpUrl', () => {
  it('resolves relative hrefs against the base', () => {
    expect(resolveHttpUrl('../logo.png', 'https://acme.no/a/b/')).toBe('https://acme.no/a/logo.png');
    expect(resolveHttpUrl('//cdn.acme.no/x.png', 'https://acme.no/')).toBe('https://cdn.acme.no/x.png');
  });

  it.each(['javascript:alert(1)', ' JavaScript:void(0)', 'data:image/png;base64,AA', 'mailto:a@b.no', 'ftp://acme.no/'])(
    'gives undefined for %j',
    (href) => {
      expect(resolveHttpUrl(href, 'https://acme.no/')).toBeUndefined();
    },
  );
});

describe('websiteOf', () => {
  it('uses the origin for a site root and the URL without fragment otherwise', () => {
    expect(websiteOf('https://www.acme.no/')).toBe('https://www.acme.no');
    expect(websiteOf('https://acme.com/no/#top')).toBe('https://acme.com/no/');
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.acme.no', 'acme.no'],
    ['shop.acme.no', 'acme.no'],
    ['www.acme.co.uk', 'acme.co.uk'],
    ['ACME.NL.', 'acme.nl'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('gives %s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('countryOfDomain', () => {
  it('knows the ccTLDs of our registers and nothing else', () => {
    expect(['acme.no', 'acme.se', 'acme.dk', 'acme.nl', 'acme.co.uk'].map(countryOfDomain)).toEqual([
      'NO',
      'SE',
      'DK',
      'NL',
      'GB',
    ]);
    expect(['acme.io', 'acme.com', 'acme.de'].map(countryOfDomain)).toEqual([undefined, undefined, undefined]);
  });
});
