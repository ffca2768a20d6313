import { countryCode } from '../../../shared/capture/country-code';
import { parseVCardsWithReport } from '../../../shared/contacts/vcard';
import type { VCardSkipReason } from '../../../shared/contacts/vcard-blocks';
import type { ParsedVCardContact } from '../../../shared/contacts/vcard-contact';
import { ContactFieldsSchema, type ContactFields } from '../../../shared/entities/contact';
import { valueAt, zodBuiltInText } from '../../../shared/i18n/zod-issue-text';
import { isErrorKey } from '../../../shared/mutations/error-text';
import type { MessageKey } from '../../../shared/i18n/messages';
import { newId } from '../../../shared/ids';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { currentI18n } from '../../ui/i18n/use-i18n';
import { choicesFor, type Lookups } from '../records/use-lookups';
import { noteWithExtras, vcardExtras } from './vcard-note-extras';
import type { CompanyMatch, CompanyMatcher } from './vcard-company-match';

/** What `POST /api/contacts` takes: the contact fields, a first name, and the id we mint. */
export type ContactCreate = Partial<ContactFields> & { id: string; firstName: string };

/** One card of the file: what will be created, or why it cannot be. */
export type ImportRow = {
  /** The card's position in the file, from 1, as the preview and the report name it. */
  card: number;
  name: string;
  body: ContactCreate | null;
  problem: string | null;
  /** What the import leaves out of an importable card or keeps only in its note (an unknown country, a second address). */
  leftOut: string[];
  /** The company Fjord has for the card's ORG: the new contact is linked to it, with its title as the position. */
  company: (CompanyMatch & { position: string | null }) | null;
};

/** A card the preview found nothing wrong with: it will be sent. */
export function importable(row: ImportRow): row is ImportRow & { body: ContactCreate } {
  return row.body !== null && row.problem === null;
}

const CreateSchema = ContactFieldsSchema.partial().extend({ firstName: ContactFieldsSchema.shape.firstName });
/** A skipped card's reason; an unexpected failure brings its own words instead. */
const SKIP_WORDS: Record<Exclude<VCardSkipReason, 'unreadable'>, MessageKey> = {
  cutBeforeNext: 'import.skip.cutBeforeNext',
  cutAtEnd: 'import.skip.cutAtEnd',
  nothingToImport: 'import.skip.nothingToImport',
};

const LABELS: Record<string, MessageKey> = {
  firstName: 'import.field.firstName',
  lastName: 'import.field.lastName',
  emails: 'common.email',
  phones: 'common.phone',
  title: 'records.label.title',
  birthday: 'records.label.birthday',
  url: 'import.field.url',
  photoUrl: 'import.field.photoUrl',
  notes: 'import.field.notes',
  address: 'import.field.address',
};

/**
 * Every card of a .vcf file's text as a row to create, checked with the same schema and phone
 * rules the server applies, so the preview names the rows the server would refuse and why. What
 * the import writes into a note is in the user's language, like the preview.
 */
export function importRows(text: string, lookups: Lookups, match: CompanyMatcher = () => null): ImportRow[] {
  const { t } = currentI18n();
  const { contacts, skipped } = parseVCardsWithReport(text);
  const skippedAt = new Map(
    skipped.map((s) => [s.index, s.reason === 'unreadable' ? (s.detail ?? '') : t(SKIP_WORDS[s.reason])]),
  );
  const rows: ImportRow[] = [];
  let next = 0;
  for (let index = 0; rows.length < contacts.length + skipped.length; index++) {
    const reason = skippedAt.get(index);
    if (reason !== undefined)
      rows.push({
        card: index + 1,
        name: '',
        body: null,
        problem: t('import.problem.unreadable', { reason }),
        leftOut: [],
        company: null,
      });
    else rows.push(importRow(index + 1, contacts[next++]!, lookups, match));
  }
  return rows;
}

function importRow(card: number, parsed: ParsedVCardContact, lookups: Lookups, match: CompanyMatcher): ImportRow {
  const { t } = currentI18n();
  const name = parsed.fullName || [parsed.firstName, parsed.lastName].filter(Boolean).join(' ');
  const row = { card, name, body: null, leftOut: [], company: null };
  if (!parsed.firstName.trim()) {
    const problem =
      parsed.organization && !parsed.lastName
        ? t('import.problem.companyCard', { organization: parsed.organization })
        : t('import.problem.noFirstName');
    return { ...row, problem };
  }
  const leftOut: string[] = [];
  const [vcardAddress] = parsed.addresses;
  const country = vcardAddress?.country ? countryCode(vcardAddress.country) : undefined;
  if (vcardAddress?.country && !country) leftOut.push(t('import.leftOut.country', { country: vcardAddress.country }));
  const categories = choicesFor(lookups, 'category', 'contact');
  const categoryIds = parsed.categories.flatMap((n) =>
    categories.filter((c) => c.name.toLowerCase() === n.toLowerCase()).map((c) => c.id),
  );
  const unknown = parsed.categories.filter((n) => !categories.some((c) => c.name.toLowerCase() === n.toLowerCase()));
  if (unknown.length > 0) leftOut.push(t('import.leftOut.categories', { names: unknown.join(', ') }));
  const found = match(parsed);
  const company = found && { ...found, position: parsed.title ?? parsed.role };
  const extras = vcardExtras(parsed, company !== null);
  if (extras.names.length) leftOut.push(t('import.leftOut.inNote', { names: extras.names.join(', ') }));
  const body: ContactCreate = {
    id: newId(),
    firstName: parsed.firstName.trim(),
    lastName: parsed.lastName,
    title: parsed.title ?? parsed.role,
    birthday: parsed.birthday,
    emails: preferredFirst(parsed.emails).map((e) => ({ address: e.address, label: label(e.types) })),
    phones: preferredFirst(parsed.phones).map((p) => ({ number: p.number, label: label(p.types) })),
    address: vcardAddress
      ? {
          street: vcardAddress.street,
          postalCode: vcardAddress.postalCode,
          city: vcardAddress.city,
          region: vcardAddress.region,
          country: country ?? null,
        }
      : null,
    url: parsed.urls[0] ?? null,
    photoUrl: parsed.photoUrl,
    notes: noteWithExtras(parsed.note, extras),
    categoryIds: [...new Set(categoryIds)],
  };
  return { ...row, body, problem: problemOf(body), leftOut, company };
}

/** Why the server would refuse the contact, naming the field; null when it would take it. */
function problemOf(body: ContactCreate): string | null {
  const { t, language } = currentI18n();
  const result = CreateSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const value = issue.path.length > 1 ? valueAt(body, issue.path) : undefined;
    const key = LABELS[field];
    // The schema's own messages are error keys; zod's built-in ones are worded by zod's locale, as the server does.
    const message = isErrorKey(issue.message) ? t(issue.message) : zodBuiltInText(language, issue, body);
    return `${key ? t(key) : field}: ${typeof value === 'string' ? `"${value}" ` : ''}${message}`;
  }
  for (const phone of body.phones ?? []) {
    const check = normalizePhone(phone.number, body.address?.country ?? 'NO');
    if (!check.ok)
      return `${t('common.phone')}: ${phone.number.trim() ? t('errors.phone.invalid', { number: phone.number }) : t('errors.phone.empty')}`;
  }
  return null;
}

function preferredFirst<T extends { preferred: boolean }>(items: T[]): T[] {
  return [...items.filter((i) => i.preferred), ...items.filter((i) => !i.preferred)];
}

/** The first type that says something ("work", "cell"): "voice" and "pref" say nothing a person reads. */
function label(types: string[]): string | null {
  return types.find((t) => t !== 'voice' && t !== 'pref')?.slice(0, 40) ?? null;
}
