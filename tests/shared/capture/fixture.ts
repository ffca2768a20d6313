import { readFileSync } from 'node:fs';

/** A page from tests/fixtures/capture, written for these tests. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/capture/${name}`, import.meta.url), 'utf8');
}
