import { selectAll, type CaptureDocument } from './capture-dom';
import { cleanText } from './clean-text';

/** Content of the first <meta property|name="key">, key lower-cased ("og:site_name", "description"). */
export type MetaReader = (key: string) => string | undefined;

export function metaReader(doc: CaptureDocument): MetaReader {
  const values = new Map<string, string>();
  for (const el of selectAll(doc, 'meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = cleanText(el.getAttribute('content'));
    if (key !== '' && content !== undefined && !values.has(key)) values.set(key, content);
  }
  return (key) => values.get(key);
}
