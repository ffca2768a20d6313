import { normalizePhone } from '../phone/normalize-phone';
import { domainOf } from '../web/domain';
import { BARE_PHONE, EMAIL, LABELLED_PHONE, NOT_A_PHONE, URL_IN_TEXT, digitCount } from './signature-patterns';

// Numbers written without a country code are read in the sender's country, by the domain's TLD.
const TLD_COUNTRY: Record<string, string> = { no: 'NO', se: 'SE', dk: 'DK', nl: 'NL', de: 'DE', es: 'ES', uk: 'GB' };

export function senderCountry(address: string | undefined): string {
  const tld = (address ?? '').toLowerCase().split('.').pop() ?? '';
  return TLD_COUNTRY[tld] ?? 'NO';
}

// A company's e-mail domain is its website; a free-mail provider's is not. The provider name must
// be followed by a public suffix only (gmail.com, yahoo.co.uk), so mail.fjord.no is a company's.
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|online|yandex|mail|zoho|tutanota|fastmail|hey|telia|t-online)\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.test(domain);
}

/** Phone numbers in one line, as E.164; labelled numbers ("Mob: 912 34 567") or a line that is only a number. */
export function phonesIn(line: string, country: string): string[] {
  if (NOT_A_PHONE.test(line) && !new RegExp(LABELLED_PHONE.source, 'iu').test(line)) return [];
  const raw: string[] = [];
  for (const m of line.matchAll(LABELLED_PHONE)) {
    const before = line.slice(0, m.index);
    if (!NOT_A_PHONE.test(before.split(/[|,;]/).pop() ?? '')) raw.push(m[1] ?? '');
  }
  // "Tom Baker | Freelance designer | +44 7700 900456": a part that is only a number.
  if (raw.length === 0) for (const part of line.split(/\s*[|·•]\s*/)) raw.push(BARE_PHONE.exec(part)?.[1] ?? '');
  return raw
    .filter((text) => digitCount(text) >= 7 && digitCount(text) <= 15)
    .flatMap((text) => {
      const check = normalizePhone(text.replace(/[()]/g, ' ').replace(/\s+/g, ' '), country);
      return check.ok ? [check.e164] : [];
    });
}

export function emailsIn(line: string): string[] {
  return [...line.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
}

/** Links in one line as URLs with a scheme ("www.fjordbruk.no" → "https://www.fjordbruk.no"). */
export function websitesIn(line: string): string[] {
  return [...line.matchAll(URL_IN_TEXT)].flatMap((m) => {
    const text = m[0].replace(/[.,;:!?]+$/, '').replace(/\/$/, '');
    const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
    return domainOf(url) ? [url] : [];
  });
}

const SOCIAL = /(?:^|\.)(?:linkedin|facebook|twitter|x|instagram|youtube|tiktok|calendly|teams\.microsoft|zoom)\.[a-z]+$/;

/** The company website among the links: the one on the sender's domain, else the first that is not social media. */
export function pickWebsite(urls: readonly string[], senderDomain: string | null): string | undefined {
  const own = senderDomain ? urls.find((url) => domainOf(url)?.endsWith(senderDomain)) : undefined;
  const site = own ?? urls.find((url) => !SOCIAL.test(domainOf(url) ?? ''));
  if (site) return site;
  return senderDomain && !isFreeMailDomain(senderDomain) ? `https://${senderDomain}` : undefined;
}
