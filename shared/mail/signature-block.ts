import { replyLines } from './reply-cut';
import { isMobileFooter, isSignOff } from './sign-offs';
import {
  BARE_PHONE,
  EMAIL,
  LABELLED_PHONE,
  URL_IN_TEXT,
  hasLegalForm,
  looksLikeAddress,
  looksLikePersonName,
  looksLikeTitle,
} from './signature-patterns';

export type MailSender = { name?: string; address: string };

/** A reply split where its signature starts; `signature` is '' when none was found. */
export type SignatureSplit = { text: string; signature: string };

// Signatures are short: look for their start among the last lines only, like talon does.
const ZONE_LINES = 15;
const MAX_LINE = 100;
const DELIMITER = /^--\s*$/;
const RULE = /^\s*(?:-{2,}|_{3,}|={3,}|\*{3,})\s*$/;

const isBlank = (line: string | undefined): boolean => (line ?? '').trim() === '';

function isSentence(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (line.trim().length > 60) return true;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 4 && /[.?!:]$/.test(line.trim()) && lower * 2 >= words.length;
}

function matchesSender(line: string, sender?: MailSender): boolean {
  const text = line.trim().toLowerCase();
  const name = sender?.name?.trim().toLowerCase();
  if (name && (text.includes(name) || text === name.split(/\s+/)[0])) return true;
  return !!sender?.address && text.includes(sender.address.toLowerCase());
}

/** Whether a line carries something a signature would: a name, contact details, a title or a company. */
export function hasSignatureEvidence(line: string, sender?: MailSender): boolean {
  return (
    matchesSender(line, sender) ||
    new RegExp(EMAIL.source, 'u').test(line) ||
    new RegExp(URL_IN_TEXT.source, 'iu').test(line) ||
    new RegExp(LABELLED_PHONE.source, 'iu').test(line) ||
    BARE_PHONE.test(line) ||
    hasLegalForm(line) ||
    looksLikeTitle(line) ||
    looksLikeAddress(line) ||
    looksLikePersonName(line)
  );
}

/** Paragraph bounds [start, end) of the lines before `end`, skipping blank lines at the end. */
function paragraphBefore(lines: readonly string[], end: number): [number, number] | null {
  let last = end;
  while (last > 0 && isBlank(lines[last - 1])) last--;
  if (last === 0) return null;
  let first = last - 1;
  while (first > 0 && !isBlank(lines[first - 1])) first--;
  return [first, last];
}

// The last paragraph, from after its last sentence, and the short paragraphs with contact
// details right above it: "Kari Nordmann / Daglig leder" + blank + "Fjordbruk AS / T: …".
function lastBlockStart(lines: readonly string[], end: number, sender?: MailSender): number {
  const last = paragraphBefore(lines, end);
  if (!last) return -1;
  const [first, stop] = last;
  let start = first;
  for (let i = first; i < stop; i++) if (isSentence(lines[i] ?? '')) start = i + 1;
  if (start >= stop) return -1;
  const block = lines.slice(start, stop);
  if (!block.some((line) => hasSignatureEvidence(line, sender))) return -1;
  const firstText = lines.findIndex((line) => !isBlank(line));
  if (start === firstText && !looksLikePersonName(block[0] ?? '') && !matchesSender(block[0] ?? '', sender)) return -1;
  for (let prev = paragraphBefore(lines, start); prev && prev[0] > firstText; prev = paragraphBefore(lines, start)) {
    const para = lines.slice(prev[0], prev[1]);
    const fits = para.every((line) => !isSentence(line)) && para.some((line) => hasSignatureEvidence(line, sender));
    if (!fits || stop - prev[0] > ZONE_LINES * 2) break;
    start = prev[0];
  }
  return start;
}

function signatureStart(lines: readonly string[], sender?: MailSender): number {
  let end = lines.length;
  while (end > 0 && (isBlank(lines[end - 1]) || isMobileFooter(lines[end - 1] ?? ''))) end--;
  let zone = end;
  for (let seen = 0; zone > 0 && seen < ZONE_LINES; zone--) if (!isBlank(lines[zone - 1])) seen++;
  let delimiter = -1;
  let signOff = -1;
  let rule = -1;
  for (let i = zone; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.trim().length > MAX_LINE) delimiter = signOff = rule = -1;
    else if (DELIMITER.test(line)) delimiter = i;
    else if (RULE.test(line)) rule = i;
    else if (isSignOff(line)) signOff = i;
  }
  const marked = [delimiter, signOff].filter((i) => i !== -1);
  if (marked.length > 0) return Math.min(...marked);
  if (rule !== -1) return rule;
  const block = lastBlockStart(lines, end, sender);
  if (block !== -1) return block;
  return end < lines.length && lines.slice(end).some((line) => isMobileFooter(line)) ? end : -1;
}

/**
 * The reply's own text (quoted history cut off) split at its signature: after a `-- ` line, at a
 * closing ("Med vennlig hilsen", "Kind regards"), at a rule, or the last block of short lines that
 * carry a name or contact details. Never throws.
 */
export function findSignatureBlock(body: string, sender?: MailSender): SignatureSplit {
  try {
    const lines = replyLines(typeof body === 'string' ? body : '');
    const start = signatureStart(lines, sender);
    if (start === -1) return { text: lines.join('\n').trim(), signature: '' };
    return { text: lines.slice(0, start).join('\n').trim(), signature: lines.slice(start).join('\n').trim() };
  } catch {
    return { text: typeof body === 'string' ? body : '', signature: '' };
  }
}
