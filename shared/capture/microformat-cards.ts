import { pushChildren, selectAll, type CaptureDocument, type CaptureElement } from './capture-dom';
import { impliedName, impliedUrl, propertyText, propertyUrl } from './microformat-values';
import { propertyClassesOf, rootTypesOf } from './microformat-classes';

/** A parsed microformat: h-card, h-org, h-adr or any other root the page nests them in. */
export type MfCard = { types: string[]; props: Map<string, MfValue[]>; children: MfCard[] };
/** A property value; `card` is set when the property is itself a microformat (p-org h-card). */
export type MfValue = { text: string; card?: MfCard };

const MAX_DEPTH = 20;

/** Top-level microformats on the page, parsed per the microformats2 parsing spec (subset). */
export function microformatCards(doc: CaptureDocument, base: string | undefined): MfCard[] {
  const roots = selectAll(doc, '[class*="h-"], .vcard, .adr, .hentry, .hreview, .vevent');
  return roots.filter((el) => rootTypesOf(el).types.length > 0 && !hasRootAncestor(el)).map((el) => parseCard(el, base, 0));
}

function hasRootAncestor(el: CaptureElement): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    if (rootTypesOf(p).types.length > 0) return true;
  }
  return false;
}

function parseCard(root: CaptureElement, base: string | undefined, depth: number): MfCard {
  const { types, legacy } = rootTypesOf(root);
  const card: MfCard = { types, props: new Map(), children: [] };
  const stack: CaptureElement[] = [];
  pushChildren(stack, root);
  let prefixes = '';
  while (stack.length > 0) {
    const el = stack.pop();
    if (el === undefined) break;
    const props = propertyClassesOf(el, legacy);
    const nested = rootTypesOf(el).types.length > 0 && depth < MAX_DEPTH ? parseCard(el, base, depth + 1) : undefined;
    for (const prop of props) {
      prefixes += prop.prefix;
      const text = prop.prefix === 'u' ? propertyUrl(el, base) : propertyText(el);
      const value = nested ? { text: nestedText(nested, prop.prefix) ?? text, card: nested } : { text };
      add(card, prop.name, value);
    }
    if (nested && props.length === 0) card.children.push(nested);
    if (!nested) pushChildren(stack, el);
  }
  if (!legacy) addImplied(card, root, base, prefixes);
  return card;
}

function add(card: MfCard, name: string, value: MfValue): void {
  const list = card.props.get(name);
  if (list) list.push(value);
  else card.props.set(name, [value]);
}

function nestedText(nested: MfCard, prefix: string): string | undefined {
  const key = prefix === 'u' ? 'url' : 'name';
  return nested.props.get(key)?.[0]?.text;
}

// Implied name, photo and url, only when the author gave no properties of that kind and nested
// no microformats (https://microformats.org/wiki/microformats2-parsing#parsing_for_implied_properties).
function addImplied(card: MfCard, root: CaptureElement, base: string | undefined, prefixes: string): void {
  const hasNested = card.children.length > 0 || [...card.props.values()].some((vs) => vs.some((v) => v.card));
  if (hasNested) return;
  if (!card.props.has('name') && !/[pe]/.test(prefixes)) {
    const name = impliedName(root);
    if (name !== undefined) add(card, 'name', { text: name });
  }
  if (/u/.test(prefixes)) return;
  const photo = impliedUrl(root, base, 'photo');
  if (photo !== undefined && !card.props.has('photo')) add(card, 'photo', { text: photo });
  const url = impliedUrl(root, base, 'url');
  if (url !== undefined && !card.props.has('url')) add(card, 'url', { text: url });
}
