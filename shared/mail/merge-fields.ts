import type { Address } from '../entities/address';
import { validateOrgNumber } from '../registers/org-number';

/** Every field a message may use, in the order the composer lists them. */
export const MERGE_FIELDS = [
  { key: 'contact.firstName', label: 'First name' },
  { key: 'contact.lastName', label: 'Last name' },
  { key: 'contact.fullName', label: 'Full name' },
  { key: 'contact.title', label: 'Title' },
  { key: 'contact.email', label: 'E-mail' },
  { key: 'company.name', label: 'Company name' },
  { key: 'company.orgNumber', label: 'Org number' },
  { key: 'company.city', label: 'City' },
  { key: 'user.name', label: 'Your name' },
] as const;

export type MergeFieldKey = (typeof MERGE_FIELDS)[number]['key'];

/** What one recipient's fields are filled with; null (or absent) falls back. */
export type MergeValues = Partial<Record<MergeFieldKey, string | null>>;

export type TemplatePart = { text: string } | { field: MergeFieldKey; fallback: string };

const KEYS: ReadonlySet<string> = new Set(MERGE_FIELDS.map((f) => f.key));
const FIELD = /\{\{([^{}]*)\}\}/g;

/** `{{contact.firstName}}` or, with a fallback for a missing value, `{{contact.firstName|there}}`. */
export function mergeFieldToken(key: MergeFieldKey, fallback?: string): string {
  return fallback ? `{{${key}|${fallback}}}` : `{{${key}}}`;
}

/**
 * Splits a subject or body into text and fields. Every problem is reported, each naming the field
 * as written, so a typo stops the mailing before anything is sent.
 */
export function parseTemplate(source: string): { parts: TemplatePart[]; issues: string[] } {
  const parts: TemplatePart[] = [];
  const issues: string[] = [];
  let last = 0;
  for (const match of source.matchAll(FIELD)) {
    const [token, inner = ''] = match;
    pushText(parts, issues, source.slice(last, match.index));
    last = match.index + token.length;
    const bar = inner.indexOf('|');
    const key = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar < 0 ? '' : inner.slice(bar + 1).trim();
    if (KEYS.has(key)) parts.push({ field: key as MergeFieldKey, fallback });
    else {
      issues.push(unknownField(token, key));
      parts.push({ text: token });
    }
  }
  pushText(parts, issues, source.slice(last));
  return { parts, issues };
}

/** The problems with a subject or body; empty when it can be sent. */
export function templateIssues(source: string): string[] {
  return parseTemplate(source).issues;
}

/** The template with each field's value, or its fallback (empty without one). Unknown fields stay as written. */
export function renderTemplate(source: string, values: MergeValues): string {
  return parseTemplate(source)
    .parts.map((p) => ('text' in p ? p.text : values[p.field] || p.fallback))
    .join('');
}

/** A filled-in subject is a header: one line, whatever a value held. */
export function renderSubject(source: string, values: MergeValues): string {
  return renderTemplate(source, values).replace(/\s+/g, ' ').trim();
}

type ContactLike = { firstName: string; lastName: string | null; title: string | null; email: string | null };
type CompanyLike = { name: string; orgNumber: string | null; country: string | null; address: Address | null };

/** The values of one recipient: a contact (with the company it was picked through) or a company alone. */
export function mergeValues(input: { contact: ContactLike | null; company: CompanyLike | null; userName: string }): MergeValues {
  const { contact, company } = input;
  return {
    'contact.firstName': contact?.firstName ?? null,
    'contact.lastName': contact?.lastName ?? null,
    'contact.fullName': contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : null,
    'contact.title': contact?.title ?? null,
    'contact.email': contact?.email ?? null,
    'company.name': company?.name ?? null,
    'company.orgNumber': company ? formattedOrgNumber(company.country, company.orgNumber) : null,
    'company.city': company?.address?.city ?? null,
    'user.name': input.userName || null,
  };
}

function formattedOrgNumber(country: string | null, value: string | null): string | null {
  if (!value || !country) return value;
  const result = validateOrgNumber(country, value);
  return result.valid ? result.formatted : value;
}

function pushText(parts: TemplatePart[], issues: string[], text: string) {
  if (!text) return;
  // Text between fields holds no whole `{{…}}`; a brace pair left in it is a field that was never closed.
  const open = text.indexOf('{{');
  if (open >= 0) {
    const field = /^\{\{\s*[^\s{}|]*\}?/.exec(text.slice(open))![0].slice(0, 60);
    issues.push(`merge field "${field}" is not closed with }}`);
  }
  parts.push({ text });
}

function unknownField(token: string, key: string): string {
  if (!key) return `empty merge field "${token}"`;
  const near = MERGE_FIELDS.find((f) => f.key.toLowerCase() === key.toLowerCase().replace(/\s+/g, ''));
  const hint = near ? `; did you mean {{${near.key}}}?` : '';
  return `unknown merge field {{${key}}}${hint}`;
}
