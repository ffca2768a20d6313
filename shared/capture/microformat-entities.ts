import { makeAddress } from './address';
import { capture } from './capture-value';
import type { CapturedAddress, CapturedCompany, CapturedPerson } from './captured';
import { cleanText, nameKey } from './clean-text';
import { emailOf, phoneOf } from './contact-values';
import type { MfCard } from './microformat-cards';
import type { OrgCandidate } from './org-candidate';
import { socialProfileOf } from './social-profiles';
import { resolveHttpUrl, websiteOf } from './web-url';

export type MicroformatEntities = { orgs: OrgCandidate[]; people: CapturedPerson[] };

const LEGAL_FORM = /\s(?:AS|ASA|AB|ApS|A\/S|I\/S|B\.?V\.?|N\.?V\.?|Ltd\.?|Limited|PLC|LLP|LLC|GmbH|Inc\.?|Oy|Oyj|SA|AG)$/i;
const SOURCE = 'microformats';
// As with schema.org reviews and comments: the people who wrote them are not the page's contacts.
const SKIPPED = new Set(['reviewer', 'comment']);

/**
 * h-card / h-org (and classic vCard) as companies and people. An h-card is the organisation's
 * when it says so (h-org, fn = org, a logo, a p-org of someone else) or when its name is one the
 * page already uses for its organisation; otherwise a named h-card is a person.
 */
export function entitiesOfMicroformats(cards: MfCard[], knownOrgNames: ReadonlySet<string>): MicroformatEntities {
  const out: MicroformatEntities = { orgs: [], people: [] };
  const visit = (card: MfCard, nestedAs: string | undefined, top: boolean, depth: number): void => {
    if (depth > 20) return;
    if (card.types.includes('h-card') || card.types.includes('h-org')) {
      const name = first(card, 'name');
      if (isOrganisation(card, nestedAs, knownOrgNames)) {
        out.orgs.push({ company: companyOf(card), role: top ? 'top' : 'nested', order: out.orgs.length });
      } else if (name !== undefined) {
        out.people.push(personOf(card, name));
      }
    }
    for (const [prop, values] of card.props) {
      if (SKIPPED.has(prop)) continue;
      for (const value of values) if (value.card) visit(value.card, prop, false, depth + 1);
    }
    for (const child of card.children) visit(child, undefined, false, depth + 1);
  };
  for (const card of cards) visit(card, undefined, true, 0);
  return out;
}

function first(card: MfCard, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const value of card.props.get(name) ?? []) {
      const text = cleanText(value.text);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

function all(card: MfCard, name: string): string[] {
  return (card.props.get(name) ?? []).map((v) => cleanText(v.text)).filter((t): t is string => t !== undefined);
}

function isOrganisation(card: MfCard, nestedAs: string | undefined, known: ReadonlySet<string>): boolean {
  const name = first(card, 'name');
  const org = first(card, 'org', 'organization-name');
  if (card.types.includes('h-org') || nestedAs === 'org' || card.props.has('logo')) return true;
  if (name === undefined) return org !== undefined && !card.props.has('job-title') && !card.props.has('given-name');
  if (org !== undefined && nameKey(org) === nameKey(name)) return true;
  const key = nameKey(name);
  return (key !== undefined && known.has(key)) || LEGAL_FORM.test(name);
}

function companyOf(card: MfCard): CapturedCompany {
  const urls = all(card, 'url');
  const website = urls.map((u) => resolveHttpUrl(u, undefined)).find((u) => u !== undefined && !socialProfileOf(u));
  return {
    name: capture(first(card, 'name', 'org', 'organization-name'), SOURCE),
    website: capture(website === undefined ? undefined : websiteOf(website), SOURCE),
    logo: capture(resolveHttpUrl(first(card, 'logo', 'photo'), undefined), SOURCE),
    email: capture(all(card, 'email').map(emailOf).find(Boolean), SOURCE),
    phone: capture(all(card, 'tel').map(phoneOf).find(Boolean), SOURCE),
    address: capture(addressOf(card), SOURCE),
    socialProfiles: urls
      .map(socialProfileOf)
      .filter((u): u is string => u !== undefined)
      .map((value) => ({ value, source: SOURCE })),
    description: capture(first(card, 'note'), SOURCE),
  };
}

function personOf(card: MfCard, name: string): CapturedPerson {
  const employer = (card.props.get('org') ?? [])
    .map((v) => cleanText(v.card ? (first(v.card, 'name') ?? v.text) : v.text))
    .find(Boolean);
  return {
    name: { value: name, source: SOURCE },
    givenName: capture(first(card, 'given-name'), SOURCE),
    familyName: capture(first(card, 'family-name'), SOURCE),
    jobTitle: capture(first(card, 'job-title', 'role'), SOURCE),
    email: capture(all(card, 'email').map(emailOf).find(Boolean), SOURCE),
    phone: capture(all(card, 'tel').map(phoneOf).find(Boolean), SOURCE),
    url: capture(
      all(card, 'url')
        .map((u) => resolveHttpUrl(u, undefined))
        .find(Boolean),
      SOURCE,
    ),
    photo: capture(resolveHttpUrl(first(card, 'photo'), undefined), SOURCE),
    worksFor: capture(employer, SOURCE),
  };
}

// p-adr h-adr, or the address parts straight on the card as hCard allows.
function addressOf(card: MfCard): CapturedAddress | undefined {
  const adr = (card.props.get('adr') ?? []).map((v) => v.card).find((c) => c !== undefined) ?? card;
  return makeAddress({
    street: [first(adr, 'street-address'), first(adr, 'extended-address')].filter(Boolean).join(', '),
    postalCode: first(adr, 'postal-code'),
    city: first(adr, 'locality'),
    region: first(adr, 'region'),
    country: first(adr, 'country-name'),
  });
}
