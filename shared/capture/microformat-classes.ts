import { classesOf, type CaptureElement } from './capture-dom';

export type PropertyClass = { prefix: 'p' | 'u' | 'dt' | 'e'; name: string };

// The parsing spec's class-name grammar (an optional vendor prefix, then letters and hyphens), so
// utility classes such as Tailwind's "p-4" are not properties. Roots are further limited to the
// published vocabularies: "h-full" and "h-screen" on a layout div are not microformats, and
// taking them for ones would make every card inside them "nested" and lose its implied name.
const ROOTS = new Set(
  'h-adr h-card h-cite h-entry h-event h-feed h-geo h-item h-listing h-org h-product h-recipe h-resume h-review h-review-aggregate'.split(
    ' ',
  ),
);
const PROPERTY = /^(p|u|dt|e)-((?:[a-z0-9]+-)?[a-z]+(?:-[a-z]+)*)$/;

// Classic microformats (hCard, adr) as the microformats2 parsing spec maps them.
const LEGACY_ROOTS: Record<string, string> = {
  vcard: 'h-card',
  adr: 'h-adr',
  hentry: 'h-entry',
  hreview: 'h-review',
  geo: 'h-geo',
  vevent: 'h-event',
};
const LEGACY_PROPERTIES: Record<string, PropertyClass> = {
  fn: { prefix: 'p', name: 'name' },
  'given-name': { prefix: 'p', name: 'given-name' },
  'family-name': { prefix: 'p', name: 'family-name' },
  'additional-name': { prefix: 'p', name: 'additional-name' },
  org: { prefix: 'p', name: 'org' },
  'organization-name': { prefix: 'p', name: 'organization-name' },
  title: { prefix: 'p', name: 'job-title' },
  role: { prefix: 'p', name: 'role' },
  tel: { prefix: 'p', name: 'tel' },
  email: { prefix: 'u', name: 'email' },
  url: { prefix: 'u', name: 'url' },
  photo: { prefix: 'u', name: 'photo' },
  logo: { prefix: 'u', name: 'logo' },
  note: { prefix: 'p', name: 'note' },
  adr: { prefix: 'p', name: 'adr' },
  'street-address': { prefix: 'p', name: 'street-address' },
  'extended-address': { prefix: 'p', name: 'extended-address' },
  locality: { prefix: 'p', name: 'locality' },
  region: { prefix: 'p', name: 'region' },
  'postal-code': { prefix: 'p', name: 'postal-code' },
  'country-name': { prefix: 'p', name: 'country-name' },
  author: { prefix: 'p', name: 'author' },
  reviewer: { prefix: 'p', name: 'reviewer' },
};

/** Root types on an element: microformats2 `h-*`, else the classic root class it stands for. */
export function rootTypesOf(el: CaptureElement): { types: string[]; legacy: boolean } {
  const classes = classesOf(el);
  const modern = classes.filter((c) => ROOTS.has(c));
  if (modern.length > 0) return { types: modern, legacy: false };
  const legacy = classes.map((c) => LEGACY_ROOTS[c]).filter((t): t is string => t !== undefined);
  return { types: legacy, legacy: legacy.length > 0 };
}

/** Property classes on an element; classic names only count inside a classic root. */
export function propertyClassesOf(el: CaptureElement, legacy: boolean): PropertyClass[] {
  const out: PropertyClass[] = [];
  for (const c of classesOf(el)) {
    const m = PROPERTY.exec(c);
    if (m?.[1] && m[2]) out.push({ prefix: m[1] as PropertyClass['prefix'], name: m[2] });
    else if (legacy && LEGACY_PROPERTIES[c]) out.push(LEGACY_PROPERTIES[c]);
  }
  return out;
}

export function hasClass(el: CaptureElement, name: string): boolean {
  return classesOf(el).includes(name);
}
