import { selectAll, type CaptureDocument } from './capture-dom';
import { parseJsonLd } from './parse-json-ld';
import { addValue, localName, newSchemaNode, type SchemaNode } from './schema-node';

type JsonObject = Record<string, unknown>;

const MAX_DEPTH = 12;
// Expanding references copies nodes; the budget stops a page whose nodes all point at each
// other from multiplying them without end.
const NODE_BUDGET = 5000;

type Context = { byId: Map<string, JsonObject>; budget: { left: number } };

/**
 * Every JSON-LD block on the page as SchemaNodes: arrays and @graph flattened, and
 * {"@id": …} references replaced by the node they point to (Yoast and friends link
 * WebSite.publisher to the Organization that way).
 */
export function jsonLdNodes(doc: CaptureDocument): SchemaNode[] {
  const roots: JsonObject[] = [];
  for (const script of selectAll(doc, 'script[type*="ld+json" i]')) {
    for (const value of parseJsonLd(script.textContent ?? '')) roots.push(...flattenRoots(value));
  }
  const ctx: Context = { byId: indexById(roots), budget: { left: NODE_BUDGET } };
  return roots.map((raw) => toNode(raw, ctx, new Set(), 0)).filter((n): n is SchemaNode => n !== null);
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function flattenRoots(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenRoots);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  const own = value['@type'] !== undefined ? [value] : [];
  return graph === undefined ? [value] : [...own, ...flattenRoots(graph)];
}

function indexById(roots: JsonObject[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    if (!isObject(value)) return;
    const id = value['@id'];
    const known = typeof id === 'string' ? byId.get(id) : undefined;
    if (
      typeof id === 'string' &&
      Object.keys(value).length > 1 &&
      (!known || Object.keys(known).length < Object.keys(value).length)
    ) {
      byId.set(id, value);
    }
    for (const [key, child] of Object.entries(value)) if (key !== '@context') visit(child, depth + 1);
  };
  roots.forEach((r) => visit(r, 0));
  return byId;
}

function toNode(raw: JsonObject, ctx: Context, path: Set<string>, depth: number): SchemaNode | null {
  if (ctx.budget.left-- <= 0) return null;
  const id = typeof raw['@id'] === 'string' ? raw['@id'] : undefined;
  const target = id !== undefined && Object.keys(raw).length === 1 ? (ctx.byId.get(id) ?? raw) : raw;
  if (id !== undefined && path.has(id)) return newSchemaNode(typesOf(target), id);
  const types = typesOf(target);
  const node = newSchemaNode(types, id);
  if (depth > MAX_DEPTH) return node;
  const nextPath = id === undefined ? path : new Set([...path, id]);
  for (const [key, value] of Object.entries(target)) {
    if (key.startsWith('@')) continue;
    for (const v of toValues(value, ctx, nextPath, depth + 1)) addValue(node, localName(key), v);
  }
  return node;
}

function typesOf(raw: JsonObject): string[] {
  const type = raw['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map(localName);
}

function toValues(value: unknown, ctx: Context, path: Set<string>, depth: number): (string | SchemaNode)[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => toValues(v, ctx, path, depth));
  if (!isObject(value)) return [];
  if ('@value' in value) return toValues(value['@value'], ctx, path, depth);
  if ('@list' in value) return toValues(value['@list'], ctx, path, depth);
  if ('@set' in value) return toValues(value['@set'], ctx, path, depth);
  const id = value['@id'];
  // A bare reference to something not on the page is just an IRI.
  if (typeof id === 'string' && Object.keys(value).length === 1 && !ctx.byId.has(id)) return [id];
  const node = toNode(value, ctx, path, depth);
  return node ? [node] : [];
}
