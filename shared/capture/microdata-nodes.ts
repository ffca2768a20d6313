import { pushChildren, selectAll, tagOf, toArray, type CaptureDocument, type CaptureElement } from './capture-dom';
import { cleanText } from './clean-text';
import { addValue, localName, newSchemaNode, type SchemaNode, type SchemaValue } from './schema-node';
import { visibleText } from './visible-text';
import { resolveHttpUrl } from './web-url';

const MAX_DEPTH = 10;
const SRC_TAGS = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const HREF_TAGS = new Set(['a', 'area', 'link']);

/** Top-level microdata items (https://html.spec.whatwg.org/multipage/microdata.html). */
export function microdataNodes(doc: CaptureDocument, base: string | undefined): SchemaNode[] {
  const byId = (id: string) => selectAll(doc, `[id="${id.replace(/["\\]/g, '')}"]`)[0];
  return selectAll(doc, '[itemscope]')
    .filter((el) => !el.hasAttribute('itemprop') || el.parentElement?.closest('[itemscope]') == null)
    .map((el) => readItem(el, { base, byId }, new Set(), 0));
}

type Context = { base: string | undefined; byId: (id: string) => CaptureElement | undefined };

function readItem(item: CaptureElement, ctx: Context, seen: Set<CaptureElement>, depth: number): SchemaNode {
  const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(localName);
  const node = newSchemaNode(types, item.getAttribute('itemid') ?? undefined);
  seen.add(item);
  for (const el of propertyElements(item, ctx)) {
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).map(localName);
    const value = valueOf(el, ctx, seen, depth);
    if (value === undefined) continue;
    for (const name of names) addValue(node, name, value);
  }
  return node;
}

// The item's own subtree plus itemref'd elements, in document order, not descending into nested
// items. A stack rather than recursion: <body itemscope> makes the whole page one item.
function propertyElements(item: CaptureElement, ctx: Context): CaptureElement[] {
  const refs = (item.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean);
  const start = [...toArray(item.children), ...refs.map(ctx.byId).filter((e) => e !== undefined)];
  const stack = start.reverse();
  const found: CaptureElement[] = [];
  const visited = new Set<CaptureElement>();
  while (stack.length > 0 && visited.size < 50000) {
    const el = stack.pop();
    if (el === undefined || visited.has(el)) continue;
    visited.add(el);
    if (el.hasAttribute('itemprop')) found.push(el);
    if (!el.hasAttribute('itemscope')) pushChildren(stack, el);
  }
  return found;
}

function valueOf(el: CaptureElement, ctx: Context, seen: Set<CaptureElement>, depth: number): SchemaValue | undefined {
  if (el.hasAttribute('itemscope')) {
    if (seen.has(el) || depth >= MAX_DEPTH) return undefined;
    return readItem(el, ctx, seen, depth + 1);
  }
  const tag = tagOf(el);
  if (tag === 'meta') return cleanText(el.getAttribute('content'));
  if (SRC_TAGS.has(tag)) return resolveHttpUrl(el.getAttribute('src'), ctx.base);
  if (HREF_TAGS.has(tag)) return hrefValue(el.getAttribute('href'), ctx.base);
  if (tag === 'object') return resolveHttpUrl(el.getAttribute('data'), ctx.base);
  if (tag === 'data' || tag === 'meter') return cleanText(el.getAttribute('value'));
  if (tag === 'time' && el.hasAttribute('datetime')) return cleanText(el.getAttribute('datetime'));
  // Not in the microdata spec, but common, and what Google's parser honours.
  if (el.hasAttribute('content')) return cleanText(el.getAttribute('content'));
  return cleanText(visibleText(el));
}

// mailto: and tel: hrefs carry e-mail and telephone properties; keep them for the mapper.
function hrefValue(href: string | null, base: string | undefined): string | undefined {
  const trimmed = href?.trim() ?? '';
  if (/^(mailto|tel):/i.test(trimmed)) return trimmed;
  return resolveHttpUrl(trimmed, base);
}
