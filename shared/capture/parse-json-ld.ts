/**
 * Parses the text of a <script type="application/ld+json"> the way browsers' consumers have to:
 * real pages put HTML and JS comments around it, raw newlines inside strings, trailing commas,
 * and HTML-escaped quotes. Returns the top-level values; never throws.
 */
export function parseJsonLd(text: string): unknown[] {
  const attempts = [text, decodeEntities(text)];
  for (const attempt of attempts) {
    const cleaned = sanitizeJson(attempt);
    for (const candidate of [cleaned, `[${cleaned}]`, `[${cleaned.replace(/}\s*{/g, '},{')}]`]) {
      try {
        const value: unknown = JSON.parse(candidate);
        return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && typeof v === 'object');
      } catch {
        // try the next repair
      }
    }
  }
  return [];
}

const SKIP_OUTSIDE_STRINGS = ['-->', '<![CDATA[', ']]>'];

/** One pass that drops comments and trailing commas and escapes control characters in strings. */
export function sanitizeJson(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"') {
      const end = readString(text, i);
      out += end.literal;
      i = end.next;
      continue;
    }
    if (text.startsWith('//', i)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i = skipHtmlComment(text, i);
      continue;
    }
    const marker = SKIP_OUTSIDE_STRINGS.find((m) => text.startsWith(m, i));
    if (marker !== undefined) {
      i += marker.length;
      continue;
    }
    if (ch === '}' || ch === ']') out = out.replace(/,\s*$/, '');
    out += ch;
    i++;
  }
  return out.trim();
}

// "<!-- note -->" before the data is a comment to drop; "<!--" wrapping the whole block (a relic
// of hiding scripts from old browsers) only loses its markers.
function skipHtmlComment(text: string, start: number): number {
  const close = text.indexOf('-->', start + 4);
  if (close === -1) return start + 4;
  return /[{[]/.test(text.slice(start + 4, close)) ? start + 4 : close + 3;
}

function readString(text: string, start: number): { literal: string; next: number } {
  let literal = '"';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      literal += ch + (text[i + 1] ?? '');
      i += 2;
      continue;
    }
    if (ch === '"') return { literal: literal + '"', next: i + 1 };
    const code = ch.charCodeAt(0);
    literal += code < 0x20 ? escapeControl(ch) : ch;
    i++;
  }
  return { literal: literal + '"', next: i };
}

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
