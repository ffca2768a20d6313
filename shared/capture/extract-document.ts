import { assembleCompanies } from './assemble-companies';
import type { CapturedCompany, CapturedPerson, PageEntities } from './captured';
import type { CaptureDocument } from './capture-dom';
import { nameKey } from './clean-text';
import { mergeCompany } from './company-merge';
import { contactLinks } from './contact-links';
import { finalizeCompany } from './finalize-company';
import { footerSignals } from './footer-signals';
import { jsonLdNodes } from './json-ld-nodes';
import { mergePeople } from './merge-people';
import { metaReader, type MetaReader } from './meta-reader';
import { microdataNodes } from './microdata-nodes';
import { microformatCards } from './microformat-cards';
import { entitiesOfMicroformats } from './microformat-entities';
import type { OrgCandidate } from './org-candidate';
import { pageContextOf, type PageContext } from './page-context';
import { pageNameKeys } from './page-name';
import { pageSignals } from './page-signals';
import { rdfaNodes } from './rdfa-nodes';
import { entitiesOfSchema } from './schema-entities';
import { originOf } from './web-url';

type Found = { orgs: OrgCandidate[]; people: CapturedPerson[] };
const NOTHING: Found = { orgs: [], people: [] };

/**
 * Companies and people a page describes, from any DOM document: the browser's own in the popup,
 * linkedom's in Node. Sources are read in order of trust (JSON-LD, microdata, RDFa,
 * microformats, then OpenGraph, meta, links, footer text and the URL); per field the most
 * trusted value wins and keeps its source.
 */
export function extractFromDocument(doc: CaptureDocument, url: string): PageEntities {
  const page = pageContextOf(doc, url);
  const meta = metaReader(doc);
  const structured = [
    safely(() => entitiesOfSchema(jsonLdNodes(doc), 'json-ld', page.base), NOTHING),
    safely(() => entitiesOfSchema(microdataNodes(doc, page.base), 'microdata', page.base), NOTHING),
    safely(() => entitiesOfSchema(rdfaNodes(doc, page.base), 'rdfa', page.base), NOTHING),
  ];
  const nameKeys = safely(() => pageNameKeys(doc, meta, page), new Set<string>());
  const knownOrgs = new Set([...nameKeys, ...keysOf(structured.flatMap((s) => s.orgs.map((o) => o.company)))]);
  const microformats = safely(() => entitiesOfMicroformats(microformatCards(doc, page.base), knownOrgs), NOTHING);
  const found = [...structured, microformats];
  const companies = assembleCompanies(
    found.flatMap((f) => f.orgs),
    pageCompany(doc, meta, page),
    { domain: page.domain, nameKeys },
  ).map(finalizeCompany);
  const people = mergePeople(
    found.flatMap((f) => f.people),
    new Set(keysOf(companies)),
  );
  return { companies, people };
}

/** The site as its meta tags, links, footer and URL describe it, in that order of trust. */
function pageCompany(doc: CaptureDocument, meta: MetaReader, page: PageContext): CapturedCompany {
  const origin = originOf(page.url);
  const fromUrl: CapturedCompany = {
    socialProfiles: [],
    website: origin === undefined ? undefined : { value: origin, source: 'url' },
  };
  return [
    safely(() => contactLinks(doc, page), { socialProfiles: [] }),
    safely(() => footerSignals(doc, page), {}),
    fromUrl,
  ].reduce<CapturedCompany>(
    (company, next) => mergeCompany(company, { socialProfiles: [], ...next }),
    safely(() => pageSignals(doc, meta, page), { socialProfiles: [] }),
  );
}

function keysOf(companies: CapturedCompany[]): string[] {
  return companies.map((c) => nameKey(c.name?.value)).filter((k): k is string => k !== undefined);
}

// One broken source (an engine without some selector, a pathological page) must not cost the
// others: capture is best-effort by design.
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
