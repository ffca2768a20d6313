// Where a reply's own text ends and the quoted history begins. Mail clients in the languages our
// customers write in each phrase the reply header differently; the patterns below cover Gmail,
// Apple Mail, Thunderbird and Outlook in Norwegian, Swedish, Danish, Dutch, German, Spanish and English.

// "On … wrote:", "tir. 4. mar. 2025 kl. 09:12 skrev …:", "Op … schreef …:", "Am … schrieb …:", "El … escribió:".
// The verb ends the header in English and Spanish; Nordic, Dutch and German put the sender after it.
const WROTE_END =
  /(?<![\p{L}])(?:wrote|skrev|skriver|schreef|schrieb|escribió|escribio|a écrit|ha scritto|escreveu)(?![\p{L}])(?:.*:)?\s*$/iu;
const WROTE_MAX_LENGTH = 300;

const FROM_LINE = /^\s*\*?(?:from|fra|från|van|von|de|frá)\s*:\*?\s*\S/iu;
const OUTLOOK_FIELD =
  /^\s*\*?(?:sent|date|to|subject|sendt|dato|til|emne|skickat|datum|till|ämne|verzonden|aan|onderwerp|gesendet|an|betreff|enviado|fecha|para|asunto)\s*:/iu;

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|opprinnelig melding|oprindelig meddelelse|ursprungligt meddelande|oorspronkelijk bericht|ursprüngliche nachricht|mensaje original|forwarded message|videresendt melding|videresendt meddelelse|vidarebefordrat meddelande|doorgestuurd bericht|weitergeleitete nachricht|mensaje reenviado)\s*-{2,}/iu;

const SEPARATOR = /^\s*(?:-{2,}|_{5,}|={5,})\s*$/;

/** Line breaks as "\n", so every later step can split on one character. */
export function toLines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n');
}

function isWroteHeader(lines: readonly string[], i: number): boolean {
  let joined = '';
  // Gmail wraps long headers ("… Kari Nordmann <\nkari@fjordbruk.no> wrote:"): look up to three lines ahead.
  for (let k = i; k < Math.min(lines.length, i + 3); k++) {
    const line = lines[k]?.trim() ?? '';
    if (line === '' || line.startsWith('>')) return false;
    joined = joined === '' ? line : `${joined} ${line}`;
    if (joined.length > WROTE_MAX_LENGTH) return false;
    // A date, a time or an address tells a header from a sentence that ends in "wrote:".
    if (WROTE_END.test(joined)) return /\d|@/.test(joined);
  }
  return false;
}

function isOutlookHeader(lines: readonly string[], i: number): boolean {
  if (!FROM_LINE.test(lines[i] ?? '')) return false;
  for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
    if (OUTLOOK_FIELD.test(lines[k] ?? '')) return true;
  }
  return false;
}

/** Index of the first line of quoted history (a reply header or a forwarded block), or -1. */
export function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('>')) continue;
    if (ORIGINAL_MESSAGE.test(line) || isOutlookHeader(lines, i) || isWroteHeader(lines, i)) return i;
  }
  return -1;
}

/**
 * The reply's own lines: everything from the first reply header on is dropped, and so are the
 * `>` quoted lines (bottom-posted and interleaved replies keep the text written between them).
 */
export function replyLines(body: string): string[] {
  const lines = toLines(body);
  const start = historyStart(lines);
  const own = (start === -1 ? lines : lines.slice(0, start)).filter((line) => !line.trimStart().startsWith('>'));
  // Outlook puts a rule above its "From:" block; it belongs to the history, not to a signature.
  while (own.length > 0 && (own[own.length - 1]?.trim() === '' || SEPARATOR.test(own[own.length - 1] ?? ''))) own.pop();
  return own;
}

/** The reply's own text, without quoted history. */
export function cutQuotedHistory(body: string): string {
  return replyLines(body).join('\n');
}
