import { selectAll, tagOf, type CaptureDocument, type CaptureElement } from './capture-dom';
import { cleanText } from './clean-text';
import { addValue, newSchemaNode, type SchemaNode, type SchemaValue } from './schema-node';
import { visibleText } from './visible-text';
import { resolveHttpUrl } from './web-url';

const SCHEMA = /^https?:\/\/schema\.org\//;
const FOAF = 'http://xmlns.com/foaf/0.1/';
const DEFAULT_PREFIXES: Record<string, string> = { schema: 'http://schema.org/', foaf: FOAF };
// FOAF says the same things as schema.org under other names.
const FOAF_TERMS: Record<string, string> = {
  mbox: 'email',
  phone: 'telephone',
  homepage: 'url',
  img: 'image',
  depiction: 'image',
  givenname: 'givenName',
  firstName: 'givenName',
  familyName: 'familyName',
  surname: 'familyName',
  lastName: 'familyName',
  title: 'honorificPrefix',
};

/**
 * RDFa Lite items (vocab / prefix / typeof / property) in the schema.org and FOAF vocabularies.
 * Other vocabularies are ignored: nothing in them maps onto a company or a person.
 */
export function rdfaNodes(doc: CaptureDocument, base: string | undefined): SchemaNode[] {
  const typed = selectAll(doc, '[typeof]');
  const nodes = new Map<CaptureElement, SchemaNode>();
  for (const el of typed) nodes.set(el, newSchemaNode(termsOf(el, 'typeof')));
  for (const el of selectAll(doc, '[property]')) {
    const owner = ownerOf(el);
    const node = owner ? nodes.get(owner) : undefined;
    if (!node) continue;
    const value: SchemaValue | undefined = nodes.get(el) ?? literalOf(el, base);
    if (value === undefined) continue;
    for (const name of termsOf(el, 'property')) addValue(node, name, value);
  }
  return typed
    .filter((el) => !el.hasAttribute('property') || !ownerOf(el))
    .map((el) => nodes.get(el))
    .filter((n) => n !== undefined);
}

// A property belongs to the nearest typeof above it; on an element that is itself typed it is
// how the parent item refers to this one.
function ownerOf(el: CaptureElement): CaptureElement | null {
  const start = el.hasAttribute('typeof') ? el.parentElement : el;
  return start?.closest('[typeof]') ?? null;
}

function termsOf(el: CaptureElement, attribute: 'typeof' | 'property'): string[] {
  const vocab = el.closest('[vocab]')?.getAttribute('vocab') ?? undefined;
  const prefixes = { ...DEFAULT_PREFIXES, ...prefixesOf(el) };
  return (el.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => localTerm(expand(term, vocab, prefixes)))
    .filter((t): t is string => t !== undefined);
}

function prefixesOf(el: CaptureElement): Record<string, string> {
  const declared = el.closest('[prefix]')?.getAttribute('prefix') ?? '';
  const out: Record<string, string> = {};
  for (const m of declared.matchAll(/([\w-]+):\s+(\S+)/g)) if (m[1] && m[2]) out[m[1]] = m[2];
  return out;
}

function expand(term: string, vocab: string | undefined, prefixes: Record<string, string>): string | undefined {
  if (/^https?:\/\//.test(term)) return term;
  const colon = term.indexOf(':');
  if (colon > 0) {
    const iri = prefixes[term.slice(0, colon)];
    return iri === undefined ? undefined : iri + term.slice(colon + 1);
  }
  return vocab === undefined ? undefined : vocab + term;
}

function localTerm(iri: string | undefined): string | undefined {
  if (iri === undefined) return undefined;
  if (SCHEMA.test(iri)) return iri.replace(SCHEMA, '');
  if (iri.startsWith(FOAF)) {
    const term = iri.slice(FOAF.length);
    return FOAF_TERMS[term] ?? term;
  }
  return undefined;
}

function literalOf(el: CaptureElement, base: string | undefined): string | undefined {
  const content = el.getAttribute('content');
  if (content !== null) return cleanText(content);
  const tag = tagOf(el);
  const href = el.getAttribute('href') ?? el.getAttribute('resource');
  if (href !== null && ['a', 'area', 'link'].includes(tag)) {
    return /^(mailto|tel):/i.test(href.trim()) ? href.trim() : resolveHttpUrl(href, base);
  }
  const src = el.getAttribute('src');
  if (src !== null && ['img', 'video', 'audio', 'source'].includes(tag)) return resolveHttpUrl(src, base);
  if (tag === 'time' && el.hasAttribute('datetime')) return cleanText(el.getAttribute('datetime'));
  return cleanText(visibleText(el));
}
