/** What a logged e-mail keeps by default: a snippet, never the whole body unless the user asks. */
export const SNIPPET_MAX = 300;

/** The text's start on one line, cut at a word when it is longer than a snippet may be. */
export function snippetOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= SNIPPET_MAX) return line;
  const head = line.slice(0, SNIPPET_MAX - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), SNIPPET_MAX - 40))}…`;
}
