import type { Address } from '../entities/address';
import type { MessageKey } from '../i18n/messages';
import { validateOrgNumber } from '../registers/org-number';

/** Every field a message may use, in the order the composer lists them; `label` is what its button says. */
export const MERGE_FIELDS = [
  { key: 'contact.firstName', label: 'mail.field.firstName' },
  { key: 'contact.lastName', label: 'mail.field.lastName' },
  { key: 'contact.fullName', label: 'mail.field.fullName' },
  { key: 'contact.title', label: 'mail.field.title' },
  { key: 'contact.email', label: 'common.email' },
  { key: 'company.name', label: 'mail.field.companyName' },
  { key: 'company.orgNumber', label: 'mail.field.orgNumber' },
  { key: 'company.city', label: 'mail.field.city' },
  { key: 'user.name', label: 'mail.field.yourName' },
] as const satisfies readonly { key: string; label: MessageKey }[];

export type MergeFieldKey = (typeof MERGE_FIELDS)[number]['key'];

/** What one recipient's fields are filled with; null (or absent) falls back. */
export type MergeValues = Partial<Record<MergeFieldKey, string | null>>;

export type TemplatePart = { text: string } | { field: MergeFieldKey; fallback: string };

/**
 * What is wrong with a subject or body, as data: the composer words it in the user's language,
 * `templateIssues` in English for the API. Each names the field as written.
 */
export type TemplateIssue =
  | { problem: 'unclosed'; field: string }
  | { problem: 'empty'; token: string }
  | { problem: 'unknown'; field: string; suggestion: string | null };

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
export function parseTemplate(source: string): { parts: TemplatePart[]; issues: TemplateIssue[] } {
  const parts: TemplatePart[] = [];
  const issues: TemplateIssue[] = [];
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

/** The problems with a subject or body, in English; empty when it can be sent. */
export function templateIssues(source: string): string[] {
  return parseTemplate(source).issues.map((issue) => {
    if (issue.problem === 'unclosed') return `merge field "${issue.field}" is not closed with }}`;
    if (issue.problem === 'empty') return `empty merge field "${issue.token}"`;
    return `unknown merge field ${issue.field}${issue.suggestion ? `; did you mean ${issue.suggestion}?` : ''}`;
  });
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

function pushText(parts: TemplatePart[], issues: TemplateIssue[], text: string) {
  if (!text) return;
  // Text between fields holds no whole `{{…}}`; a brace pair left in it is a field that was never closed.
  const open = text.indexOf('{{');
  if (open >= 0) {
    const field = /^\{\{\s*[^\s{}|]*\}?/.exec(text.slice(open))![0].slice(0, 60);
    issues.push({ problem: 'unclosed', field });
  }
  parts.push({ text });
}

function unknownField(token: string, key: string): TemplateIssue {
  if (!key) return { problem: 'empty', token };
  const near = MERGE_FIELDS.find((f) => f.key.toLowerCase() === key.toLowerCase().replace(/\s+/g, ''));
  return { problem: 'unknown', field: `{{${key}}}`, suggestion: near ? mergeFieldToken(near.key) : null };
}
