import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** A saved host page as a Document, the way the content script will see it (scripts are stripped). */
export function loadFixture(name: string): Document {
  return parseHTML(readFileSync(new URL(`../../fixtures/webmail/${name}`, import.meta.url), 'utf8'))
    .document as unknown as Document;
}

export function pageOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
