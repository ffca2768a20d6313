import type { CapturedAddress } from './captured';
import { cleanText } from './clean-text';
import { countryCode } from './country-code';
import { firstText, textOrName, type SchemaNode } from './schema-node';

type AddressParts = { [K in keyof CapturedAddress]?: string | undefined };

/** Drops empty parts and turns the country into ISO alpha-2 when it is a name we know. */
export function makeAddress(parts: AddressParts): CapturedAddress | undefined {
  const address: CapturedAddress = {};
  for (const key of ['street', 'postalCode', 'city', 'region', 'country'] as const) {
    const value = cleanText(parts[key]);
    if (value !== undefined) address[key] = value;
  }
  if (address.country !== undefined) address.country = countryCode(address.country) ?? address.country;
  return Object.keys(address).length > 0 ? address : undefined;
}

/** schema.org PostalAddress, or the free-text address many sites put in `address`. */
export function addressOfSchema(value: SchemaNode | string): CapturedAddress | undefined {
  if (typeof value === 'string') return parseAddressText(value);
  const street = firstText(value, 'streetAddress');
  const parts = {
    street,
    postalCode: firstText(value, 'postalCode'),
    city: firstText(value, 'addressLocality'),
    region: firstText(value, 'addressRegion'),
    country: textOrName(value, 'addressCountry'),
  };
  if (Object.values(parts).every((p) => p === undefined)) {
    const name = firstText(value, 'name');
    return name === undefined ? undefined : parseAddressText(name);
  }
  return makeAddress(parts);
}

// "Karl Johans gate 1, 0154 Oslo, Norway", "Box 123, SE-111 22 Stockholm", "1012 AB Amsterdam".
const POSTAL_CITY = /^(?:([A-Z]{1,2})-)?(\d{4}(?:\s?[A-Z]{2})?|\d{3}\s?\d{2}|\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+(.+)$/;

/** Best-effort split of a one-line address; what it cannot place stays in `street`. */
export function parseAddressText(text: string): CapturedAddress | undefined {
  const segments = text
    .split(/\s*[,\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0) return undefined;
  let country: string | undefined;
  const last = segments[segments.length - 1];
  if (segments.length > 1 && countryCode(last) !== undefined) {
    country = last;
    segments.pop();
  }
  const cityIndex = segments.findIndex((s, i) => i > 0 && POSTAL_CITY.test(s));
  if (cityIndex === -1) return makeAddress({ street: segments.join(', '), country });
  const [, countryPrefix, postalCode, city] = POSTAL_CITY.exec(segments[cityIndex] ?? '') ?? [];
  return makeAddress({
    street: segments.slice(0, cityIndex).join(', '),
    postalCode,
    city,
    region: segments.slice(cityIndex + 1).join(', ') || undefined,
    country: country ?? countryPrefix,
  });
}
