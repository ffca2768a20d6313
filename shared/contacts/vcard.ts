import type { ParsedVCardContact, VCardContactInput } from './vcard-contact';
import { foldVCardLine } from './fold-vcard-line';
import { readVCardContact } from './read-vcard-contact';
import { splitVCardBlocks, type VCardSkipReason } from './vcard-blocks';
import { writeVCardLines } from './write-vcard-lines';

/** A card left out of an import: its position in the file (0-based), why, and an unexpected failure's own words. */
export type SkippedVCard = { index: number; reason: VCardSkipReason; detail?: string };
export type VCardParseReport = { contacts: ParsedVCardContact[]; skipped: SkippedVCard[] };

/**
 * Every contact in a .vcf file's text (vCard 2.1, 3.0 or 4.0; one card or many). Never throws:
 * a card that is cut off or holds nothing importable is skipped and reported, and the others
 * are still returned, because one bad card in a 2,000-contact phone export must not stop the
 * import. For a file's raw bytes, decode with decodeVCardFile first.
 */
export function parseVCardsWithReport(text: string): VCardParseReport {
  const contacts: ParsedVCardContact[] = [];
  const skipped: SkippedVCard[] = [];
  let blocks: ReturnType<typeof splitVCardBlocks>;
  try {
    blocks = splitVCardBlocks(typeof text === 'string' ? text : '');
  } catch (error) {
    return { contacts, skipped: [{ index: 0, reason: 'unreadable', detail: describe(error) }] };
  }
  for (const block of blocks) {
    if (block.error) {
      skipped.push({ index: block.index, reason: block.error });
      continue;
    }
    try {
      const contact = readVCardContact(block.lines);
      if (contact) contacts.push(contact);
      else skipped.push({ index: block.index, reason: 'nothingToImport' });
    } catch (error) {
      skipped.push({ index: block.index, reason: 'unreadable', detail: describe(error) });
    }
  }
  return { contacts, skipped };
}

export function parseVCards(text: string): ParsedVCardContact[] {
  return parseVCardsWithReport(text).contacts;
}

/** One vCard 4.0 card: CRLF line endings, folded at 75 octets, ending with CRLF. */
export function toVCard(contact: VCardContactInput): string {
  return writeVCardLines(contact)
    .map((line) => `${foldVCardLine(line)}\r\n`)
    .join('');
}

/** Several cards in one .vcf text. */
export function toVCards(contacts: VCardContactInput[]): string {
  return contacts.map(toVCard).join('');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
