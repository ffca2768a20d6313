import { addressOfSchema } from './address';
import { identifiersOfSchema } from './company-identifiers';
import { cleanText } from './clean-text';
import { capture } from './capture-value';
import type { CaptureSource, CapturedAddress, CapturedCompany, CapturedPerson } from './captured';
import { emailOf, phoneOf } from './contact-values';
import type { OrgCandidate, OrgRole } from './org-candidate';
import { firstText, nodesOf, textOrName, textsOf, urlOf, valuesOf, type SchemaNode } from './schema-node';
import { isOrganizationType, isPersonType } from './schema-types';
import { socialProfileOf } from './social-profiles';
import { countryOfDomain, domainOfUrl, resolveHttpUrl, websiteOf } from './web-url';

export type SchemaEntities = { orgs: OrgCandidate[]; people: CapturedPerson[] };
type Context = { source: CaptureSource; base: string | undefined; out: SchemaEntities };

// People and organisations under these are reviewers, commenters, performers, alma maters and
// brands being mentioned: not the business on the page or its staff.
const SKIPPED = new Set(
  `review reviews comment comments aggregateRating performer performers actor actors
director directors byArtist composer lyricist musicBy character alumniOf alumni sponsor funder competitor
knows follows colleague colleagues spouse parent parents children sibling siblings relatedTo audience
potentialAction interactionStatistic reviewedBy attendee attendees mentions contributor translator`.split(/\s+/),
);
const EMPLOYER_VIA = new Set(['employee', 'employees', 'founder', 'founders', 'member', 'members']);
const PUBLISHER_VIA = new Set(['publisher', 'provider', 'copyrightHolder', 'sourceOrganization']);
const MAX_DEPTH = 12;

/** Companies and people described by JSON-LD, microdata or RDFa items. */
export function entitiesOfSchema(roots: SchemaNode[], source: CaptureSource, base: string | undefined): SchemaEntities {
  const ctx: Context = { source, base, out: { orgs: [], people: [] } };
  for (const root of roots) walk(root, ctx, { via: undefined, employer: undefined, depth: 0 });
  return ctx.out;
}

type Position = { via: string | undefined; employer: string | undefined; depth: number };

function walk(node: SchemaNode, ctx: Context, at: Position): void {
  if (at.depth > MAX_DEPTH || ctx.out.orgs.length + ctx.out.people.length > 500) return;
  let employer: string | undefined;
  if (isOrganizationType(node.types)) {
    const company = companyOfSchema(node, ctx);
    ctx.out.orgs.push({ company, role: roleOf(at), order: ctx.out.orgs.length });
    employer = company.name?.value;
  } else if (isPersonType(node.types)) {
    const person = personOfSchema(node, ctx, EMPLOYER_VIA.has(at.via ?? '') ? at.employer : undefined);
    if (person) ctx.out.people.push(person);
  }
  for (const [prop, values] of node.props) {
    if (SKIPPED.has(prop)) continue;
    for (const value of values) {
      if (typeof value !== 'string') walk(value, ctx, { via: prop, employer, depth: at.depth + 1 });
    }
  }
}

function roleOf(at: Position): OrgRole {
  if (at.depth === 0 || at.via === 'mainEntity' || at.via === 'about') return 'top';
  return PUBLISHER_VIA.has(at.via ?? '') ? 'publisher' : 'nested';
}

function companyOfSchema(node: SchemaNode, ctx: Context): CapturedCompany {
  const s = ctx.source;
  const url = resolveHttpUrl(urlOf(node, 'url'), ctx.base);
  const contactPoints = nodesOf(node, 'contactPoint');
  const address = addressOf(node);
  const ids = identifiersOfSchema(node, address?.country ?? countryOfDomain(domainOfUrl(url)));
  return {
    name: capture(cleanText(firstText(node, 'name') ?? firstText(node, 'legalName') ?? firstText(node, 'alternateName')), s),
    website: capture(url === undefined ? undefined : websiteOf(url), s),
    logo: capture(resolveHttpUrl(urlOf(node, 'logo'), ctx.base), s),
    email: capture(emailOf(firstText(node, 'email') ?? contactPoints.map((c) => firstText(c, 'email')).find(Boolean)), s),
    phone: capture(phoneOf(firstText(node, 'telephone') ?? contactPoints.map((c) => firstText(c, 'telephone')).find(Boolean)), s),
    address: capture(address, s),
    socialProfiles: textsOf(node, 'sameAs')
      .map((href) => resolveHttpUrl(href, ctx.base))
      .map((href) => (href === undefined ? undefined : socialProfileOf(href)))
      .filter((href): href is string => href !== undefined)
      .map((value) => ({ value, source: s })),
    orgNumber: capture(ids.orgNumber, s),
    vatNumber: capture(ids.vatNumber, s),
    leiCode: capture(ids.leiCode, s),
    description: capture(cleanText(firstText(node, 'description')), s),
  };
}

function addressOf(node: SchemaNode): CapturedAddress | undefined {
  const places = nodesOf(node, 'location');
  for (const value of [...valuesOf(node, 'address'), ...places.flatMap((p) => valuesOf(p, 'address'))]) {
    const address = addressOfSchema(value);
    if (address) return address;
  }
  return undefined;
}

function personOfSchema(node: SchemaNode, ctx: Context, employer: string | undefined): CapturedPerson | undefined {
  const s = ctx.source;
  const given = cleanText(firstText(node, 'givenName'));
  const family = cleanText(firstText(node, 'familyName'));
  const name = cleanText(firstText(node, 'name')) ?? cleanText([given, family].filter(Boolean).join(' '));
  // Some pages put the author's profile URL where the name belongs.
  if (name === undefined || /^(?:https?:\/\/|\/)/.test(name)) return undefined;
  return {
    name: { value: name, source: s },
    givenName: capture(given, s),
    familyName: capture(family, s),
    jobTitle: capture(cleanText(textOrName(node, 'jobTitle', 'hasOccupation')), s),
    email: capture(emailOf(firstText(node, 'email')), s),
    phone: capture(phoneOf(firstText(node, 'telephone')), s),
    url: capture(resolveHttpUrl(urlOf(node, 'url'), ctx.base), s),
    photo: capture(resolveHttpUrl(urlOf(node, 'image', 'photo'), ctx.base), s),
    worksFor: capture(cleanText(textOrName(node, 'worksFor', 'affiliation')) ?? employer, s),
  };
}
