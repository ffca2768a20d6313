import { domainOf } from '../web/domain';
import { findSignatureBlock, type MailSender } from './signature-block';
import { emailsIn, phonesIn, pickWebsite, senderCountry, websitesIn, isFreeMailDomain } from './signature-contact';
import { isMobileFooter, matchSignOff } from './sign-offs';
import {
  BARE_PHONE,
  hasLegalForm,
  looksLikeAddress,
  looksLikePersonName,
  looksLikePostcodeCity,
  looksLikeStreet,
  looksLikeTitle,
} from './signature-patterns';

/** What the "Add contact" form can be prefilled with; phones are E.164. */
export type ParsedSignature = {
  name?: string;
  title?: string;
  company?: string;
  phones: string[];
  emails: string[];
  website?: string;
  address?: string;
};

type Found = { phones: string[]; emails: string[]; urls: string[]; address?: string; segments: string[]; signOffName?: string };

const RULE = /^(?:-{2,}|_{3,}|={3,}|\*{3,})$/;
const PART_SEPARATOR = /\s+[|·•–—]\s+|\s+-\s+|\s*\|\s*/;
const LABELLED = /^[\p{L}.\s]{1,20}:/u;
// "Salgssjef i Fjordbruk AS", "Key Account Manager at Harbour Logistics Ltd".
const TITLE_AT_COMPANY = /^(.+?)\s+(?:at|i|hos|på|bei|bij|en|@)\s+(.+)$/u;

/** From "Keizersgracht 123 | 1015 CJ Amsterdam" and "Fjordbruk AS, Sjøgata 12, 8006 Bodø": the street on. */
function addressFrom(line: string): string | undefined {
  const parts = line.replace(/\s+[|·•]\s+/g, ', ').split(/,\s*/);
  const street = parts.findIndex((part) => looksLikeStreet(part));
  if (street === -1 || !looksLikeAddress(parts.slice(street).join(', '))) return undefined;
  return parts.slice(street).join(', ');
}

function collect(lines: readonly string[], country: string): Found {
  const found: Found = { phones: [], emails: [], urls: [], segments: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const signOff = matchSignOff(line);
    if (signOff) {
      found.signOffName = signOff.name;
      continue;
    }
    const phones = phonesIn(line, country);
    const emails = emailsIn(line);
    const urls = websitesIn(line);
    found.phones.push(...phones);
    found.emails.push(...emails);
    found.urls.push(...urls);
    if (phones.length + emails.length + urls.length > 0) {
      found.segments.push(...line.split(PART_SEPARATOR).filter((part) => !isContact(part)));
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (
      !found.address &&
      looksLikeStreet(line) &&
      !looksLikePostcodeCity(line) &&
      looksLikePostcodeCity(next) &&
      !/\d{6}/.test(next)
    ) {
      found.address = `${line}, ${next}`;
      i++;
      continue;
    }
    const address = found.address ? undefined : addressFrom(line);
    if (address) {
      found.address = address;
      const rest = line.slice(0, Math.max(0, line.indexOf(address.split(',')[0] ?? ''))).replace(/[\s,|·•]+$/u, '');
      if (rest) found.segments.push(...rest.split(PART_SEPARATOR));
      continue;
    }
    found.segments.push(...line.split(PART_SEPARATOR).flatMap((part) => part.split(/,\s+/)));
  }
  found.segments = found.segments.map((part) => part.trim()).filter((part) => part !== '' && !isContact(part));
  return found;
}

function isContact(part: string): boolean {
  return /@|https?:|www\./i.test(part) || LABELLED.test(part) || BARE_PHONE.test(part) || !/\p{L}{2}/u.test(part);
}

function pickName(segments: readonly string[], sender: MailSender | undefined, signOffName?: string): number {
  const senderName = sender?.name?.trim().toLowerCase();
  if (senderName) {
    const exact = segments.findIndex((part) => part.toLowerCase() === senderName);
    if (exact !== -1) return exact;
  }
  const nameLike = segments.findIndex((part) => looksLikePersonName(part));
  if (nameLike !== -1) return nameLike;
  return signOffName ? segments.findIndex((part) => part === signOffName) : -1;
}

function companyIndex(segments: readonly string[], senderDomain: string | null, skip: number): number {
  const legal = segments.findIndex((part, i) => i !== skip && hasLegalForm(part));
  if (legal !== -1 || !senderDomain || isFreeMailDomain(senderDomain)) return legal;
  const label = (senderDomain.split('.').at(-2) ?? '').replace(/[^a-z0-9]/g, '');
  if (label.length < 3) return -1;
  return segments.findIndex(
    (part, i) =>
      i !== skip &&
      part
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .includes(label),
  );
}

function assign(found: Found, sender: MailSender | undefined, result: ParsedSignature): void {
  const { segments } = found;
  const nameAt = pickName(segments, sender, found.signOffName);
  if (nameAt !== -1) result.name = segments[nameAt];
  else if (found.signOffName && looksLikePersonName(found.signOffName)) result.name = found.signOffName;
  const senderDomain = domainOf(sender?.address?.split('@')[1]);
  const companyAt = companyIndex(segments, senderDomain, nameAt);
  const company = companyAt === -1 ? undefined : segments[companyAt];
  const combined = company ? TITLE_AT_COMPANY.exec(company) : null;
  if (company && combined && looksLikeTitle(combined[1] ?? '')) {
    result.title = combined[1];
    result.company = combined[2];
  } else result.company = company;
  if (result.title) return;
  const free = (i: number): boolean => i !== nameAt && i !== companyAt;
  const titled = segments.findIndex((part, i) => free(i) && looksLikeTitle(part) && !/\d/.test(part));
  const next = nameAt + 1;
  const plain = (part: string | undefined): boolean => !!part && !/\d|[!?]$/.test(part) && part.split(/\s+/).length <= 6;
  if (titled !== -1) result.title = segments[titled];
  else if (nameAt !== -1 && free(next) && plain(segments[next]) && !looksLikePersonName(segments[next] ?? ''))
    result.title = segments[next];
}

/**
 * Contact details from the signature of a message's own text (quoted history ignored): name, title,
 * company, phones (E.164, read in the sender's country), e-mails (the sender's first), website and
 * address. Never throws: anything unreadable comes back empty.
 */
export function parseSignature(body: string, sender?: MailSender): ParsedSignature {
  const result: ParsedSignature = { phones: [], emails: [] };
  try {
    const { signature } = findSignatureBlock(body, sender);
    if (signature === '') return result;
    const lines = signature
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !RULE.test(line) && !isMobileFooter(line));
    const found = collect(lines, senderCountry(sender?.address));
    assign(found, sender, result);
    const own = sender?.address?.toLowerCase();
    result.phones = [...new Set(found.phones)];
    result.emails = [...new Set(found.emails)].sort((a, b) => Number(b === own) - Number(a === own));
    result.website = pickWebsite(found.urls, domainOf(sender?.address?.split('@')[1]));
    if (found.address) result.address = found.address;
    for (const key of ['name', 'title', 'company', 'website'] as const) if (result[key] === undefined) delete result[key];
    return result;
  } catch {
    return { phones: [], emails: [] };
  }
}
