import { readFileSync } from 'node:fs';

/** A .vcf file from tests/fixtures/vcard, written for these tests, as raw bytes. */
export function vcardFixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/vcard/${name}`, import.meta.url));
}

/** The same file read as UTF-8 text (all but nokia-2.1-latin1-raw.vcf are UTF-8 or ASCII). */
export function vcardFixture(name: string): string {
  return new TextDecoder().decode(vcardFixtureBytes(name));
}
