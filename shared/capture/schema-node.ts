/**
 * A schema.org item as JSON-LD, microdata and RDFa all describe it, so one mapper turns any of
 * them into companies and people. Types and property names are local names ("Organization",
 * "telephone"), whatever IRI or prefix the page used.
 */
export type SchemaValue = string | SchemaNode;
export type SchemaNode = { types: string[]; id?: string; props: Map<string, SchemaValue[]> };

export function newSchemaNode(types: string[], id?: string): SchemaNode {
  return id === undefined ? { types, props: new Map() } : { types, id, props: new Map() };
}

export function addValue(node: SchemaNode, name: string, value: SchemaValue): void {
  const list = node.props.get(name);
  if (list) list.push(value);
  else node.props.set(name, [value]);
}

/** "http://schema.org/Person", "schema:Person", "https://schema.org/Person#x" → "Person". */
export function localName(term: string): string {
  return term.trim().replace(/^.*[/#:]/, '');
}

export function valuesOf(node: SchemaNode, ...names: string[]): SchemaValue[] {
  return names.flatMap((name) => node.props.get(name) ?? []);
}

export function nodesOf(node: SchemaNode, ...names: string[]): SchemaNode[] {
  return valuesOf(node, ...names).filter((v): v is SchemaNode => typeof v !== 'string');
}

export function textsOf(node: SchemaNode, ...names: string[]): string[] {
  return valuesOf(node, ...names).filter((v): v is string => typeof v === 'string');
}

export function firstText(node: SchemaNode, ...names: string[]): string | undefined {
  return textsOf(node, ...names).find((t) => t.trim() !== '');
}

/** A string property, or the `name` of an item standing in its place (jobTitle as DefinedTerm). */
export function textOrName(node: SchemaNode, ...names: string[]): string | undefined {
  for (const value of valuesOf(node, ...names)) {
    const text = typeof value === 'string' ? value : firstText(value, 'name');
    if (text !== undefined && text.trim() !== '') return text;
  }
  return undefined;
}

/** A URL property given as a string, or as an ImageObject/WebPage with url/contentUrl/@id. */
export function urlOf(node: SchemaNode, ...names: string[]): string | undefined {
  for (const value of valuesOf(node, ...names)) {
    const url = typeof value === 'string' ? value : (firstText(value, 'url', 'contentUrl') ?? value.id);
    if (url !== undefined && url.trim() !== '') return url;
  }
  return undefined;
}
