/**
 * The slice of the DOM the extractor reads. `shared/` compiles without the DOM lib, and the same
 * code runs on the browser's native document (popup) and on linkedom's (Node), so it is typed
 * structurally against what both provide. Read-only on purpose: capture never mutates the page.
 */
export type CaptureList<T> = { readonly length: number; readonly [index: number]: T };

export type CaptureNode = {
  /** 1 element, 3 text, 8 comment (Node.ELEMENT_NODE etc.). */
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: CaptureList<CaptureNode>;
};

export type CaptureElement = CaptureNode & {
  readonly tagName: string;
  readonly children: CaptureList<CaptureElement>;
  readonly parentElement: CaptureElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): CaptureList<CaptureElement>;
  closest(selectors: string): CaptureElement | null;
};

export type CaptureDocument = {
  querySelectorAll(selectors: string): CaptureList<CaptureElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Array view of a NodeList/HTMLCollection without relying on it being iterable. */
export function toArray<T>(list: CaptureList<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item !== undefined) out.push(item);
  }
  return out;
}

export function isElement(node: CaptureNode): node is CaptureElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(el: CaptureElement): string {
  return el.tagName.toLowerCase();
}

/** Class tokens, case preserved: microformats2 class names are case-sensitive. */
export function classesOf(el: CaptureElement): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** querySelectorAll that returns [] instead of throwing on selectors an engine does not support. */
export function selectAll(root: CaptureDocument | CaptureElement, selectors: string): CaptureElement[] {
  try {
    return toArray(root.querySelectorAll(selectors));
  } catch {
    return [];
  }
}

/** Pushes an element's children so that popping visits them in document order. */
export function pushChildren(stack: CaptureElement[], el: CaptureElement): void {
  for (let i = el.children.length - 1; i >= 0; i--) {
    const child = el.children[i];
    if (child !== undefined) stack.push(child);
  }
}
