import { ELEMENT_NODE, TEXT_NODE, tagOf, type CaptureElement, type CaptureNode } from './capture-dom';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'select', 'button']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

export type VisibleTextOptions = { imageAlt?: boolean };

/**
 * Text as a reader sees it: blocks and <br> separate words ("Acme AS<br>Org.nr" must not read
 * "Acme ASOrg.nr"), scripts and styles dropped. Iterative, because malformed pages can nest
 * thousands of unclosed elements deep.
 */
export function visibleText(root: CaptureElement, options: VisibleTextOptions = {}): string {
  const parts: string[] = [];
  const stack: (CaptureNode | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push(item.textContent ?? '');
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as CaptureElement;
    const tag = tagOf(el);
    if (SKIPPED.has(tag) && el !== root) continue;
    if (tag === 'br') parts.push('\n');
    if (tag === 'img' && options.imageAlt) parts.push(` ${el.getAttribute('alt') ?? ''} `);
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    if (block) stack.push('\n');
    for (let i = el.childNodes.length - 1; i >= 0; i--) {
      const child = el.childNodes[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return parts.join('');
}
