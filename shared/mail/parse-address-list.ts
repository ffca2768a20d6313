/**
 * Address headers (From, To, Cc, Reply-To) as the webmail sidebar reads them (issue 4).
 *
 * The RFC 5322 grammar (display names, quoted strings with escapes, comments, groups) and the
 * RFC 2047 encoded words in names are postal-mime's `addressParser` (see docs/decisions.md);
 * this file only fixes the shape the CRM uses and the guarantees around it.
 */
import { addressParser } from 'postal-mime';

export type ParsedAddress = {
  /** Unquoted, unescaped and decoded display name; a comment stands in when there is none; else null. */
  name: string | null;
  /**
   * As written (case kept), trimmed. Empty when the header names someone without an address
   * (`John Doe <>`, a lone word, an encoded word that holds no `<address>`): callers that need
   * somewhere to send to filter those out.
   */
  address: string;
};

/**
 * Parses an address list header into its mailboxes. Groups (`Team: a@x, b@y;`) are flattened
 * into their members and an empty group (`undisclosed-recipients:;`) yields nothing. Never
 * throws: whatever the header holds, the answer is a best-effort list, possibly empty.
 */
export function parseAddressList(header: string): ParsedAddress[] {
  if (typeof header !== 'string' || header.trim() === '') return [];
  try {
    // Unfolding (RFC 5322 §2.2.3) drops the line break and keeps the space after it.
    const unfolded = header.replace(/\r?\n(?=[ \t])/g, '');
    return addressParser(unfolded, { flatten: true }).flatMap((mailbox) => {
      const address = (mailbox.address ?? '').trim();
      const name = windows1252Controls(mailbox.name ?? '').trim() || null;
      return address || name ? [{ name, address }] : [];
    });
  } catch {
    // The parser guards itself against hostile input; this is the promise made to callers
    // (a content script reading whatever the page shows), not an expected path.
    return [];
  }
}

// Windows-1252 0x80–0x9F. Node 20's TextDecoder reads `windows-1252` (and `iso-8859-1`, which
// WHATWG aliases to it) as Latin-1, so `=80` became U+0080 instead of €, while browsers get it
// right. C1 controls never belong in a display name, so mapping them is safe everywhere.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80));
}
