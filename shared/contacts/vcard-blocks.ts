import { unfoldVCardLines } from './unfold-vcard-lines';

/** Why a card of a file was left out; the import's preview words it in the user's language. */
export type VCardSkipReason = 'cutBeforeNext' | 'cutAtEnd' | 'nothingToImport' | 'unreadable';

/** One BEGIN:VCARD … END:VCARD in a file: its unfolded content lines, or why it is unusable. */
export type VCardBlock = { index: number; lines: string[]; error: 'cutBeforeNext' | 'cutAtEnd' | null };

const BEGIN = /^BEGIN:VCARD[ \t]*$/i;
const END = /^END:VCARD[ \t]*$/i;
// vCard 2.1 lets AGENT carry a whole nested card on the following lines.
const AGENT_WITHOUT_VALUE = /^(?:[\w-]+\.)?AGENT(?:;[^:]*)?:[ \t]*$/i;

/**
 * Splits a file into cards. Text between cards (blank lines, mail headers, a BOM) is ignored; a
 * card that never reaches END:VCARD before the next BEGIN or the end of the file is returned
 * with an error so the caller can count it as skipped instead of importing half a card.
 */
export function splitVCardBlocks(text: string): VCardBlock[] {
  const blocks: VCardBlock[] = [];
  let current: string[] | null = null;
  let nested = 0;
  const close = (error: VCardBlock['error']) => {
    if (current) blocks.push({ index: blocks.length, lines: error ? [] : unfoldVCardLines(current), error });
    current = null;
    nested = 0;
  };
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.replace(/^\uFEFF/, '');
    if (BEGIN.test(line)) {
      if (current && AGENT_WITHOUT_VALUE.test(current.at(-1) ?? '')) nested++;
      else {
        close(current ? 'cutBeforeNext' : null);
        current = [];
      }
    } else if (END.test(line) && current) {
      if (nested > 0) nested--;
      else close(null);
    } else if (current && nested === 0) current.push(line);
  }
  close(current ? 'cutAtEnd' : null);
  return blocks;
}
