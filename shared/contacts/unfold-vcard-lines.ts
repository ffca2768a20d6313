// Up to the first unquoted colon: the property name and its parameters.
const HEAD = /^(?:[^:"]|"[^"]*")*/;
const VERSION_2_1 = /^VERSION:[ \t]*2\.1[ \t]*$/i;

/**
 * Joins a card's physical lines into content lines. A line starting with a space or tab
 * continues the previous one: 3.0 and 4.0 drop that one whitespace character (RFC 6350 §3.2),
 * 2.1 keeps it because 2.1 folds only at existing whitespace (vCard 2.1 §2.1.3). A
 * quoted-printable value ending in `=` is a soft line break (RFC 2045 §6.7) and continues on
 * the next line whatever it starts with. Blank lines carry nothing and are dropped.
 */
export function unfoldVCardLines(physical: string[]): string[] {
  const keepFoldSpace = physical.some((line) => VERSION_2_1.test(line));
  // Pieces of each content line, joined once at the end: a base64 photo spans thousands of lines.
  const lines: string[][] = [];
  let quotedPrintable = false;
  let softBreak = false;
  for (const line of physical) {
    const current = lines.at(-1);
    if (softBreak && current) current.push(dropLastChar(current.pop() ?? ''), line);
    else if (/^[ \t]/.test(line) && current) current.push(keepFoldSpace ? line : line.slice(1));
    else if (line.trim() !== '') {
      lines.push([line]);
      quotedPrintable = isQuotedPrintable(line);
    } else continue;
    softBreak = quotedPrintable && line.endsWith('=');
  }
  return lines.map((pieces) => pieces.join(''));
}

/** The `=` of a soft line break is not part of the value. */
function dropLastChar(piece: string): string {
  return piece.slice(0, -1);
}

function isQuotedPrintable(line: string): boolean {
  const head = HEAD.exec(line)?.[0] ?? '';
  return head.length < line.length && /QUOTED-PRINTABLE/i.test(head);
}
