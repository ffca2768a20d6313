import { describe, expect, it } from 'vitest';
import { extractPageEntities } from '../../../shared/capture/extract-page';
import { fixture } from './fixture';

describe('extractPageEntities on a Norwegian homepage (JSON-LD @graph, OpenGraph, footer)', () => {
  const { companies, people } = extractPageEntities(fixture('norwegian-homepage.html'), 'https://www.nordlys-ror.no/');
  const [company] = companies;

  it('returns one company, the organisation the WebSite is published by', () => {
    expect(companies).toHaveLength(1);
    expect(people).toEqual([]);
  });

  it('prefers the JSON-LD name over og:site_name', () => {
    expect(company?.name).toEqual({ value: 'Nordlys Rørlegger AS', source: 'json-ld' });
  });

  it('takes website, domain, logo and contact details from the Organization node', () => {
    expect(company?.website).toEqual({ value: 'https://www.nordlys-ror.no', source: 'json-ld' });
    expect(company?.domain).toEqual({ value: 'nordlys-ror.no', source: 'json-ld' });
    expect(company?.logo).toEqual({ value: 'https://www.nordlys-ror.no/media/logo.svg', source: 'json-ld' });
    expect(company?.email).toEqual({ value: 'post@nordlys-ror.no', source: 'json-ld' });
    expect(company?.phone).toEqual({ value: '+47 22 12 34 56', source: 'json-ld' });
    expect(company?.address).toEqual({
      value: { street: 'Sagveien 12', postalCode: '0459', city: 'Oslo', country: 'NO' },
      source: 'json-ld',
    });
  });

  it('derives the org number from the JSON-LD vatID rather than reading the footer', () => {
    expect(company?.vatNumber).toEqual({ value: 'NO921554435MVA', source: 'json-ld' });
    expect(company?.orgNumber).toEqual({ value: '921554435', source: 'json-ld' });
    expect(company?.country).toEqual({ value: 'NO', source: 'json-ld' });
  });

  it('pools social profiles from sameAs, twitter:site and links, without share buttons, Wikipedia or duplicates', () => {
    expect(company?.socialProfiles).toEqual([
      { value: 'https://www.facebook.com/nordlysror', source: 'json-ld' },
      { value: 'https://www.linkedin.com/company/nordlys-ror', source: 'json-ld' },
      { value: 'https://x.com/nordlysror', source: 'meta' },
      { value: 'https://www.instagram.com/nordlysror', source: 'link' },
    ]);
  });

  it("uses the front page's meta description when structured data has none", () => {
    expect(company?.description).toEqual({ value: 'Rørlegger i Oslo og Viken siden 1987.', source: 'meta' });
  });
});

describe('extractPageEntities on a Swedish store (microdata LocalBusiness subtype)', () => {
  const [company] = extractPageEntities(fixture('swedish-store.html'), 'https://skargardenskaffe.se/').companies;

  it('reads a Store as an organisation, with nested PostalAddress and a country name turned into ISO', () => {
    expect(company?.name).toEqual({ value: 'Skärgårdens Kaffe AB', source: 'microdata' });
    expect(company?.address).toEqual({
      value: { street: 'Götgatan 48', postalCode: '118 26', city: 'Stockholm', country: 'SE' },
      source: 'microdata',
    });
    expect(company?.country).toEqual({ value: 'SE', source: 'microdata' });
  });

  it('resolves relative logo URLs, strips mailto: and collapses whitespace', () => {
    expect(company?.logo?.value).toBe('https://skargardenskaffe.se/bilder/logotyp.png');
    expect(company?.email).toEqual({ value: 'hej@skargardenskaffe.se', source: 'microdata' });
    expect(company?.description?.value).toBe('Småskaligt kafferosteri med butik på Södermalm.');
  });

  it('finds the organisationsnummer and momsregistreringsnummer in an element whose id mentions footer', () => {
    expect(company?.orgNumber).toEqual({ value: '5591234561', source: 'footer' });
    expect(company?.vatNumber).toEqual({ value: 'SE559123456101', source: 'footer' });
  });
});

describe('extractPageEntities on a Danish page with only OpenGraph and a footer', () => {
  const [company] = extractPageEntities(fixture('danish-opengraph.html'), 'https://havnenscykler.dk/').companies;

  it('names the company from og:site_name and locates it from business:contact_data', () => {
    expect(company?.name).toEqual({ value: 'Havnens Cykler', source: 'opengraph' });
    expect(company?.phone).toEqual({ value: '+45 86 12 34 56', source: 'opengraph' });
    expect(company?.address).toEqual({
      value: { street: 'Havnegade 3', postalCode: '8000', city: 'Aarhus C', country: 'DK' },
      source: 'opengraph',
    });
  });

  it('reads the CVR number and e-mail from the role=contentinfo footer', () => {
    expect(company?.orgNumber).toEqual({ value: '31415926', source: 'footer' });
    expect(company?.email).toEqual({ value: 'kontakt@havnenscykler.dk', source: 'footer' });
  });

  it('falls back to og:image for the logo on a front page that has no icon, resolved against the page', () => {
    expect(company?.logo).toEqual({ value: 'https://havnenscykler.dk/billeder/butik.jpg', source: 'opengraph' });
  });
});

describe('extractPageEntities on a Dutch page with h-cards and a KvK footer', () => {
  const { companies, people } = extractPageEntities(fixture('dutch-hcard.html'), 'https://degroenedrukkerij.nl/nl/over-ons');
  const [company] = companies;

  it('treats the h-card whose name is also its p-org as the organisation, resolved against <base href>', () => {
    expect(company?.name).toEqual({ value: 'De Groene Drukkerij B.V.', source: 'microformats' });
    expect(company?.website).toEqual({ value: 'https://degroenedrukkerij.nl', source: 'microformats' });
    expect(company?.logo?.value).toBe('https://degroenedrukkerij.nl/logo.svg');
    expect(company?.phone).toEqual({ value: '020 123 4567', source: 'microformats' });
    expect(company?.address?.value).toEqual({
      street: 'Keizersgracht 100',
      postalCode: '1015 AA',
      city: 'Amsterdam',
      country: 'NL',
    });
  });

  it('reads KvK and BTW numbers from the footer', () => {
    expect(company?.orgNumber).toEqual({ value: '81923647', source: 'footer' });
    expect(company?.vatNumber).toEqual({ value: 'NL819236470B01', source: 'footer' });
  });

  it('reads the other h-card as a person working for the organisation', () => {
    expect(people).toEqual([
      {
        name: { value: 'Anouk de Vries', source: 'microformats' },
        jobTitle: { value: 'Oprichter', source: 'microformats' },
        email: { value: 'anouk@degroenedrukkerij.nl', source: 'microformats' },
        photo: { value: 'https://degroenedrukkerij.nl/nl/team/anouk.jpg', source: 'microformats' },
        worksFor: { value: 'De Groene Drukkerij', source: 'microformats' },
      },
    ]);
  });
});

describe('extractPageEntities on a UK page with RDFa Lite', () => {
  const { companies, people } = extractPageEntities(fixture('uk-rdfa.html'), 'https://www.thamesvalleyjoinery.co.uk/contact');
  const [company] = companies;

  it('reads the RDFa Organization with its typed address', () => {
    expect(company?.name).toEqual({ value: 'Thames Valley Joinery Ltd', source: 'rdfa' });
    expect(company?.domain).toEqual({ value: 'thamesvalleyjoinery.co.uk', source: 'rdfa' });
    expect(company?.address?.value).toEqual({
      street: 'Unit 4, Mill Lane',
      postalCode: 'RG1 8AA',
      city: 'Reading',
      country: 'GB',
    });
  });

  it('reads "Registered in England and Wales No." and the VAT number from the footer', () => {
    expect(company?.orgNumber).toEqual({ value: '09876543', source: 'footer' });
    expect(company?.vatNumber).toEqual({ value: 'GB482917318', source: 'footer' });
  });

  it("does not take an employee's mailto: link as the company e-mail", () => {
    expect(company?.email).toBeUndefined();
    expect(people[0]).toMatchObject({
      name: { value: 'Priya Shah', source: 'rdfa' },
      email: { value: 'priya@thamesvalleyjoinery.co.uk', source: 'rdfa' },
      worksFor: { value: 'Thames Valley Joinery Ltd', source: 'rdfa' },
    });
  });
});

describe('extractPageEntities on a team page', () => {
  const { companies, people } = extractPageEntities(fixture('team-page.html'), 'https://fjellvind.no/team');

  it('lists each person once, in order of the most trusted source that names them', () => {
    expect(people.map((p) => p.name.value)).toEqual(['Ingrid Haugen', 'Lars Bakke', 'Sofie Lund', 'Erik Strand', 'Maja Berg']);
  });

  it('merges a person described twice, keeping the JSON-LD value per field and filling gaps from microdata', () => {
    expect(people[0]).toEqual({
      name: { value: 'Ingrid Haugen', source: 'json-ld' },
      givenName: { value: 'Ingrid', source: 'json-ld' },
      familyName: { value: 'Haugen', source: 'json-ld' },
      jobTitle: { value: 'Managing Partner', source: 'json-ld' },
      email: { value: 'ingrid@fjellvind.no', source: 'json-ld' },
      photo: { value: 'https://fjellvind.no/team/ingrid.jpg', source: 'json-ld' },
      worksFor: { value: 'Fjellvind Consulting AS', source: 'json-ld' },
      url: { value: 'https://www.linkedin.com/in/ingridhaugen', source: 'microdata' },
    });
  });

  it('gives employees nested under an Organization that organisation as employer', () => {
    expect(people[1]?.worksFor).toEqual({ value: 'Fjellvind Consulting AS', source: 'json-ld' });
    expect(people[1]?.jobTitle).toEqual({ value: 'Senior Consultant', source: 'json-ld' });
  });

  it('reads p-role and classic vCard title as job titles', () => {
    expect(people[3]?.jobTitle).toEqual({ value: 'Advisor', source: 'microformats' });
    expect(people[4]).toMatchObject({ jobTitle: { value: 'Office Manager' }, email: { value: 'maja@fjellvind.no' } });
  });

  it("keeps people's e-mails, phones and LinkedIn profiles off the company", () => {
    expect(companies).toHaveLength(1);
    expect(companies[0]?.email).toBeUndefined();
    expect(companies[0]?.phone).toBeUndefined();
    expect(companies[0]?.socialProfiles).toEqual([]);
  });
});

describe('extractPageEntities on broken markup', () => {
  const { companies } = extractPageEntities(fixture('malformed-json-ld.html'), 'https://bryggenbakeri.no/');
  const [company] = companies;

  it('recovers JSON-LD wrapped in an HTML comment, with // comments, a raw newline and a trailing comma', () => {
    expect(company?.name).toEqual({ value: 'Bryggen Bakeri AS', source: 'json-ld' });
    expect(company?.description?.value).toBe('Bakt hver morgen siden 1952.');
  });

  it('splits a one-line address string into its parts', () => {
    expect(company?.address).toEqual({
      value: { street: 'Bryggen 7', postalCode: '5003', city: 'Bergen', country: 'NO' },
      source: 'json-ld',
    });
  });

  it('still reads the footer of a page with unclosed tags', () => {
    expect(company?.orgNumber).toEqual({ value: '919876549', source: 'footer' });
    expect(company?.vatNumber).toEqual({ value: 'NO919876549MVA', source: 'footer' });
  });
});

describe('extractPageEntities on a page with nothing but a title', () => {
  it('names the company from the title without its "Velkommen" segment, and the rest from the URL', () => {
    const { companies, people } = extractPageEntities(fixture('title-only.html'), 'https://www.bakerietpahjornet.no/');
    expect(companies).toEqual([
      {
        name: { value: 'Bakeriet på Hjørnet', source: 'meta' },
        website: { value: 'https://www.bakerietpahjornet.no', source: 'url' },
        domain: { value: 'bakerietpahjornet.no', source: 'url' },
        socialProfiles: [],
        country: { value: 'NO', source: 'url' },
      },
    ]);
    expect(people).toEqual([]);
  });
});
