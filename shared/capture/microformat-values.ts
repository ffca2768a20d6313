import { pushChildren, tagOf, toArray, type CaptureElement } from './capture-dom';
import { cleanText } from './clean-text';
import { hasClass, rootTypesOf } from './microformat-classes';
import { visibleText } from './visible-text';
import { parseUrl } from './web-url';

/** p-* value: value-class pattern, then title/value/alt attributes, then the element's text. */
export function propertyText(el: CaptureElement): string {
  const fromValueClass = valueClassText(el);
  if (fromValueClass !== undefined) return fromValueClass;
  const tag = tagOf(el);
  if ((tag === 'abbr' || tag === 'link') && el.hasAttribute('title')) return el.getAttribute('title') ?? '';
  if ((tag === 'data' || tag === 'input') && el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  if ((tag === 'img' || tag === 'area') && el.hasAttribute('alt')) return el.getAttribute('alt') ?? '';
  return cleanText(visibleText(el, { imageAlt: true })) ?? '';
}

/** u-* value, resolved against the base URL; mailto: and tel: are kept as they are. */
export function propertyUrl(el: CaptureElement, base: string | undefined): string {
  const tag = tagOf(el);
  let raw: string | null = null;
  if (['a', 'area', 'link'].includes(tag)) raw = el.getAttribute('href');
  else if (['img', 'audio', 'video', 'source', 'iframe'].includes(tag)) raw = el.getAttribute('src');
  else if (tag === 'object') raw = el.getAttribute('data');
  if (raw === null) return propertyText(el);
  return absolute(raw, base);
}

function absolute(raw: string, base: string | undefined): string {
  const trimmed = raw.trim();
  if (/^(mailto|tel|javascript):/i.test(trimmed)) return trimmed;
  return parseUrl(trimmed, base)?.href ?? trimmed;
}

// <span class="p-tel"><span class="type">work</span> <span class="value">+47 …</span></span>
function valueClassText(el: CaptureElement): string | undefined {
  const parts: string[] = [];
  const stack: CaptureElement[] = [];
  pushChildren(stack, el);
  while (stack.length > 0) {
    const child = stack.pop();
    if (child === undefined) break;
    if (rootTypesOf(child).types.length > 0) continue;
    if (hasClass(child, 'value') || hasClass(child, 'value-title')) {
      parts.push(valueOfValueElement(child));
      continue;
    }
    pushChildren(stack, child);
  }
  return parts.length > 0 ? parts.join('') : undefined;
}

function valueOfValueElement(el: CaptureElement): string {
  const tag = tagOf(el);
  if (hasClass(el, 'value-title')) return el.getAttribute('title') ?? '';
  if ((tag === 'img' || tag === 'area') && el.hasAttribute('alt')) return el.getAttribute('alt') ?? '';
  if (tag === 'data' && el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  if (tag === 'abbr' && el.hasAttribute('title')) return el.getAttribute('title') ?? '';
  return (el.textContent ?? '').trim();
}

/** The element's only child element, if it is not itself a microformat. */
function onlyChild(el: CaptureElement): CaptureElement | undefined {
  const children = toArray(el.children);
  const child = children.length === 1 ? children[0] : undefined;
  return child && rootTypesOf(child).types.length === 0 ? child : undefined;
}

function nameAttribute(el: CaptureElement): string | undefined {
  const tag = tagOf(el);
  if (tag === 'img' || tag === 'area') return cleanText(el.getAttribute('alt'));
  if (tag === 'abbr') return cleanText(el.getAttribute('title'));
  return undefined;
}

export function impliedName(root: CaptureElement): string | undefined {
  const child = onlyChild(root);
  const grandchild = child && onlyChild(child);
  for (const el of [root, child, grandchild]) {
    const name = el && nameAttribute(el);
    if (name !== undefined) return name;
  }
  return cleanText(visibleText(root, { imageAlt: true }));
}

const URL_SOURCES = {
  photo: { tags: ['img', 'object'], attribute: (tag: string) => (tag === 'object' ? 'data' : 'src') },
  url: { tags: ['a', 'area'], attribute: () => 'href' },
} as const;

/** Implied photo or url: the root itself, its only child of that type, or one level further. */
export function impliedUrl(root: CaptureElement, base: string | undefined, kind: 'photo' | 'url'): string | undefined {
  const { tags, attribute } = URL_SOURCES[kind];
  const pick = (el: CaptureElement | undefined): string | undefined => {
    if (!el || !(tags as readonly string[]).includes(tagOf(el))) return undefined;
    const raw = el.getAttribute(attribute(tagOf(el)));
    return raw === null ? undefined : absolute(raw, base);
  };
  const onlyOfType = (parent: CaptureElement): CaptureElement | undefined => {
    for (const tag of tags) {
      const matches = toArray(parent.children).filter((c) => tagOf(c) === tag);
      if (matches.length === 1 && matches[0] && rootTypesOf(matches[0]).types.length === 0) return matches[0];
    }
    return undefined;
  };
  const child = onlyChild(root);
  return pick(root) ?? pick(onlyOfType(root)) ?? (child ? pick(onlyOfType(child)) : undefined);
}
