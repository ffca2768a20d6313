import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CaptureDocument } from '../../../shared/capture/capture-dom';
import { extractFromDocument } from '../../../shared/capture/extract-document';
import { extractPageEntities } from '../../../shared/capture/extract-page';
import { fixture } from './fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as CaptureDocument;

describe('extractFromDocument', () => {
  it('gives the same result on a parsed document as extractPageEntities on its HTML', () => {
    const html = fixture('norwegian-homepage.html');
    const url = 'https://www.nordlys-ror.no/';
    expect(extractFromDocument(parse(html), url)).toEqual(extractPageEntities(html, url));
  });

  it('keeps several organisations a directory lists, the site owner first when they are only listed', () => {
    const { companies } = extractPageEntities(fixture('directory-page.html'), 'https://nordiccleantech.org/partners');
    expect(companies.map((c) => c.name?.value)).toEqual([
      'Nordic Cleantech Cluster',
      'Solvind Energi AS',
      'Vågen Hydrogen AB',
      'Green Harbour Foundation',
    ]);
    expect(companies[0]?.orgNumber).toEqual({ value: '998877660', source: 'footer' });
  });

  it('reads taxID, vatID and leiCode of listed organisations', () => {
    const [, solvind, vagen, harbour] = extractPageEntities(
      fixture('directory-page.html'),
      'https://nordiccleantech.org/',
    ).companies;
    expect(solvind?.orgNumber).toEqual({ value: '919876549', source: 'json-ld' });
    expect(vagen?.vatNumber).toEqual({ value: 'SE559900112901', source: 'json-ld' });
    expect(vagen?.orgNumber).toEqual({ value: '5599001129', source: 'json-ld' });
    expect(harbour?.leiCode).toEqual({ value: '5493001KJTIIGC8Y1R12', source: 'json-ld' });
  });

  it("puts the shop before the product's manufacturer, and takes no logo or description from a product's OpenGraph", () => {
    const { companies, people } = extractPageEntities(
      fixture('product-page.html'),
      'https://friluftsbua.no/produkt/turjakke-fjell-2',
    );
    expect(companies.map((c) => c.name?.value)).toEqual(['Friluftsbua', 'Nordkapp Outdoor AS']);
    expect(companies[0]?.logo).toEqual({ value: 'https://friluftsbua.no/favicon.png', source: 'link' });
    expect(companies[0]?.description).toBeUndefined();
    expect(people).toEqual([]);
  });

  it('folds the page signals into a top-level organisation whose website is another domain when the names match', () => {
    const html = `<html><head><meta property="og:site_name" content="Acme Norge">
      <script type="application/ld+json">{"@type": "Organization", "name": "Acme Norge AS", "url": "https://acme.com"}</script></head>
      <body><footer>Org.nr 921 554 435</footer></body></html>`;
    const { companies } = extractPageEntities(html, 'https://acme.no/');
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ name: { value: 'Acme Norge AS' }, orgNumber: { value: '921554435', source: 'footer' } });
  });

  it('keeps the site separate, after the described organisation, when a page is about another company', () => {
    const html = `<html><head><meta property="og:site_name" content="Firmakatalogen">
      <script type="application/ld+json">{"@type": "Corporation", "name": "Solvind Energi AS", "url": "https://solvind.no"}</script></head>
      <body><footer>Firmakatalogen AS, org.nr. 998 877 660</footer></body></html>`;
    const { companies } = extractPageEntities(html, 'https://firmakatalogen.example/solvind');
    expect(companies.map((c) => [c.name?.value, c.orgNumber?.value])).toEqual([
      ['Solvind Energi AS', undefined],
      ['Firmakatalogen', '998877660'],
    ]);
  });

  it('merges JSON-LD and microdata describing the same organisation, JSON-LD winning per field', () => {
    const html = `<script type="application/ld+json">{"@type": "LocalBusiness", "name": "Kaffebrenneriet AS", "telephone": "22 00 00 00"}</script>
      <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Kaffebrenneriet</span>
      <span itemprop="telephone">99 99 99 99</span><span itemprop="email">post@kaffe.no</span></div>`;
    const { companies } = extractPageEntities(html, 'https://kaffe.no/');
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({
      name: { value: 'Kaffebrenneriet AS', source: 'json-ld' },
      phone: { value: '22 00 00 00', source: 'json-ld' },
      email: { value: 'post@kaffe.no', source: 'microdata' },
    });
  });

  it('leaves out reviewers and commenters', () => {
    const html = `<script type="application/ld+json">{"@type": "Restaurant", "name": "Fiskekroa",
      "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Hungry Guest"}}],
      "founder": {"@type": "Person", "name": "Kari Fisk"}}</script>`;
    const { people } = extractPageEntities(html, 'https://fiskekroa.no/');
    expect(people.map((p) => [p.name.value, p.worksFor?.value])).toEqual([['Kari Fisk', 'Fiskekroa']]);
  });

  it('resolves relative URLs against <base href>', () => {
    const html = `<html><head><base href="https://cdn.acme.no/assets/"><link rel="apple-touch-icon" href="touch.png"></head></html>`;
    expect(extractPageEntities(html, 'https://acme.no/').companies[0]?.logo?.value).toBe('https://cdn.acme.no/assets/touch.png');
  });

  it('prefers the apple-touch-icon, then the largest icon', () => {
    const page = (links: string) =>
      extractPageEntities(`<html><head>${links}</head></html>`, 'https://acme.no/').companies[0]?.logo?.value;
    expect(page('<link rel="icon" href="/a.png" sizes="16x16"><link rel="icon" href="/b.png" sizes="192x192">')).toBe(
      'https://acme.no/b.png',
    );
    expect(page('<link rel="icon" href="/b.png" sizes="192x192"><link rel="apple-touch-icon" href="/t.png">')).toBe(
      'https://acme.no/t.png',
    );
  });

  it("prefers the site's own shared mailbox among mailto: links, without the query string", () => {
    const html = `<body><a href="mailto:someone@gmail.com">x</a><a href="mailto:ola@acme.no">Ola</a>
      <footer><a href="mailto:post@acme.no?subject=Hei">Skriv til oss</a><a href="tel:+47%2022%2000%2000%2000">Ring</a></footer></body>`;
    const [company] = extractPageEntities(html, 'https://www.acme.no/').companies;
    expect(company?.email).toEqual({ value: 'post@acme.no', source: 'link' });
    expect(company?.phone).toEqual({ value: '+47 22 00 00 00', source: 'link' });
  });

  it('reads a scheme-less "www." url in JSON-LD as a website, not a relative path', () => {
    const html = '<script type="application/ld+json">{"@type": "Organization", "name": "Acme AS", "url": "www.acme.no"}</script>';
    expect(extractPageEntities(html, 'https://acme.no/om-oss').companies[0]?.website).toEqual({
      value: 'https://www.acme.no',
      source: 'json-ld',
    });
  });

  it('does not read a body or content wrapper whose class mentions "footer" as the footer', () => {
    const html = `<html><body class="has-sticky-footer"><main><article>Kunden vår Equinor (org.nr. 923 609 016) …</article></main>
      <div class="footer-wrap"><p>Acme AS · Org.nr. 921 554 435</p></div></body></html>`;
    expect(extractPageEntities(html, 'https://acme.no/').companies[0]?.orgNumber).toEqual({
      value: '921554435',
      source: 'footer',
    });
  });

  it('ignores OpenGraph contact fields on an event page, where they describe the venue', () => {
    const html = `<html><head><meta property="og:type" content="event"><meta property="og:site_name" content="Billettsiden">
      <meta property="og:street-address" content="Konserthusgata 1"><meta property="og:phone_number" content="+47 55 00 00 00"></head></html>`;
    const [company] = extractPageEntities(html, 'https://billettsiden.no/event/1').companies;
    expect(company?.name?.value).toBe('Billettsiden');
    expect(company?.address).toBeUndefined();
    expect(company?.phone).toBeUndefined();
  });
});
