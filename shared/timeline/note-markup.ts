/**
 * Notes are written in a small markup, kept as text and turned into this tree for display, never
 * into HTML: paragraphs (blank line between), line breaks, bullet ("- ", "* ") and numbered ("1. ")
 * lists, **bold**, *italic* or _italic_, [links](https://…) and bare http(s) or mailto links. Any
 * other link, and any tag-like text, stays text.
 */
export type NoteSpan = { text: string; bold?: true; italic?: true; href?: string };
export type NoteLine = NoteSpan[];
export type NoteBlock = { type: 'paragraph'; lines: NoteLine[] } | { type: 'list'; ordered: boolean; items: NoteLine[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const SAFE_HREF = /^(?:https?:\/\/[^\s<>"]+|mailto:[^\s<>"@]+@[^\s<>"]+)$/i;

export function parseNoteMarkup(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    let paragraph: NoteLine[] = [];
    let list: Extract<NoteBlock, { type: 'list' }> | null = null;
    const flush = () => {
      if (paragraph.length) blocks.push({ type: 'paragraph', lines: paragraph });
      if (list) blocks.push(list);
      paragraph = [];
      list = null;
    };
    for (const line of lines) {
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      const item = bullet ?? numbered;
      if (item) {
        const ordered = numbered !== null;
        if (paragraph.length || (list && list.ordered !== ordered)) flush();
        list ??= { type: 'list', ordered, items: [] };
        list.items.push(parseInline(item[1]!));
      } else {
        if (list) flush();
        paragraph.push(parseInline(line.trim()));
      }
    }
    flush();
  }
  return blocks;
}

// Link, bold, italic (two spellings), or a bare link, leftmost first.
const TOKEN =
  /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\d])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\d])|(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]|mailto:[^\s<>"@]+@[^\s<>"]*[^\s<>".,;:!?)])/u;

export function parseInline(text: string, style: { bold?: true; italic?: true } = {}): NoteLine {
  const out: NoteLine = [];
  let rest = text;
  while (rest) {
    const m = TOKEN.exec(rest);
    if (!m) {
      out.push({ text: rest, ...style });
      break;
    }
    if (m.index > 0) out.push({ text: rest.slice(0, m.index), ...style });
    const [whole, label, href, bold, star, under, bare] = m;
    if (label !== undefined) {
      out.push(SAFE_HREF.test(href!) ? { text: label, ...style, href: href! } : { text: whole, ...style });
    } else if (bold !== undefined) out.push(...parseInline(bold, { ...style, bold: true }));
    else if ((star ?? under) !== undefined) out.push(...parseInline((star ?? under)!, { ...style, italic: true }));
    else out.push({ text: bare!, ...style, href: bare! });
    rest = rest.slice(m.index + whole.length);
  }
  return merged(out);
}

/** Neighbouring plain spans of the same style as one. */
function merged(spans: NoteLine): NoteLine {
  const out: NoteLine = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && !last.href && !span.href && last.bold === span.bold && last.italic === span.italic) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

/** The note as plain text (exports, the sidebar's one-line previews): markup marks removed. */
export function noteText(text: string): string {
  return parseNoteMarkup(text)
    .map((block) =>
      block.type === 'paragraph'
        ? block.lines.map((l) => l.map((s) => s.text).join('')).join('\n')
        : block.items.map((l, i) => `${block.ordered ? `${i + 1}.` : '•'} ${l.map((s) => s.text).join('')}`).join('\n'),
    )
    .join('\n\n');
}
