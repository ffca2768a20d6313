import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Address } from '../../shared/entities/address';
import type { MailingRecipients, MailingTarget } from '../../shared/mail/mailing-request';
import type { RecipientSummary, SkippedRecord, SkipReason } from '../../shared/mail/mailing-responses';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { AppError } from '../http/app-error';
import { recordConditions, recordOrder } from '../records/record-list';
import { optedOutAddresses } from './mailing-opt-outs';

// Ids per IN list: far under libSQL's 32,766 bound parameters.
const CHUNK = 500;

const companyColumns = {
  id: companies.id,
  name: companies.name,
  email: companies.email,
  orgNumber: companies.orgNumber,
  country: companies.country,
  address: companies.address,
};
const contactColumns = {
  id: contacts.id,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  title: contacts.title,
  email: contacts.email,
};

export type MailCompany = {
  id: string;
  name: string;
  email: string | null;
  orgNumber: string | null;
  country: string | null;
  address: Address | null;
};
export type MailContact = { id: string; firstName: string; lastName: string | null; title: string | null; email: string | null };

/** One message to send: a company's own address, or a contact's (with the company it was reached through). */
export type Recipient = { company: MailCompany; contact: MailContact | null; address: string };

const MAX_LISTED = 100;

/**
 * The addresses a mailing goes to, each once: for each company in the selection's order its
 * contacts, then its own address. A contact linked to several selected companies goes with its
 * primary one. Records without an address, and addresses already taken, are counted as skipped.
 */
export async function resolveRecipients(
  db: DbOrTx,
  workspaceId: string,
  target: MailingTarget,
  choice: MailingRecipients,
): Promise<{ list: Recipient[]; summary: RecipientSummary }> {
  const selected = await selectedCompanies(db, workspaceId, target);
  const byCompany =
    choice === 'companies' ? new Map<string, MailContact[]>() : await contactsByCompany(db, workspaceId, selected);
  const list: Recipient[] = [];
  const skipped: Record<SkipReason, number> = { noAddress: 0, noContacts: 0, duplicate: 0, optedOut: 0 };
  const skippedRecords: SkippedRecord[] = [];
  const skip = (entity: SkippedRecord['entity'], id: string, name: string, reason: SkipReason) => {
    skipped[reason] += 1;
    if (skippedRecords.length < MAX_LISTED) skippedRecords.push({ entity, id, name, reason });
  };
  const taken = new Set<string>();
  const add = (company: MailCompany, contact: MailContact | null, address: string | null) => {
    const [entity, id, name] = contact
      ? (['contact', contact.id, fullName(contact)] as const)
      : (['company', company.id, company.name] as const);
    if (!address) return skip(entity, id, name, 'noAddress');
    const key = address.trim().toLowerCase();
    if (taken.has(key)) return skip(entity, id, name, 'duplicate');
    taken.add(key);
    list.push({ company, contact, address: address.trim() });
  };
  for (const company of selected) {
    const people = byCompany.get(company.id) ?? [];
    if (choice === 'contacts' && people.length === 0) skip('company', company.id, company.name, 'noContacts');
    for (const contact of people) add(company, contact, contact.email);
    if (choice !== 'contacts') add(company, null, company.email);
  }
  // Those who used the unsubscribe link of an earlier mailing are not written to again.
  const optedOut = await optedOutAddresses(
    db,
    workspaceId,
    list.map((r) => r.address),
  );
  const kept = list.filter((r) => {
    if (!optedOut.has(r.address.toLowerCase())) return true;
    if (r.contact) skip('contact', r.contact.id, fullName(r.contact), 'optedOut');
    else skip('company', r.company.id, r.company.name, 'optedOut');
    return false;
  });
  return { list: kept, summary: { recipients: kept.length, skipped, skippedRecords } };
}

export function fullName(contact: { firstName: string; lastName: string | null }): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}

/** The live companies of the selection, in its order; an id that is not one of them (another workspace's, deleted) is a 404. */
async function selectedCompanies(db: DbOrTx, workspaceId: string, target: MailingTarget): Promise<MailCompany[]> {
  const live = and(eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt));
  if (target.filter) {
    return db
      .select(companyColumns)
      .from(companies)
      .where(and(...(await recordConditions(db, 'company', workspaceId, target.filter))))
      .orderBy(...recordOrder('company', target.filter.sort, target.filter.dir));
  }
  const ids = [...new Set(target.ids)];
  const found = new Map<string, MailCompany>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select(companyColumns)
      .from(companies)
      .where(and(live, inArray(companies.id, ids.slice(i, i + CHUNK))));
    for (const row of rows) found.set(row.id, row);
  }
  const missing = (target.ids ?? []).flatMap((id, index) => (found.has(id) ? [] : [index]));
  if (missing.length > 0) {
    throw new AppError(
      404,
      'notFound',
      { key: 'errors.mail.companiesMissing', values: { count: missing.length } },
      missing.slice(0, MAX_LISTED).map((index) => ({
        path: ['target', 'ids', index],
        message: { key: 'errors.mail.companyMissing' },
      })),
    );
  }
  return ids.map((id) => found.get(id)!);
}

/** Live contacts linked to the companies, each under one of them: its primary company if selected, else the first. */
async function contactsByCompany(db: DbOrTx, workspaceId: string, selected: MailCompany[]) {
  const order = new Map(selected.map((c, i) => [c.id, i]));
  const home = new Map<string, { companyId: string; primary: boolean; contact: MailContact }>();
  const ids = [...order.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ companyId: contactCompanies.companyId, primary: contactCompanies.isPrimary, contact: contactColumns })
      .from(contactCompanies)
      .innerJoin(contacts, eq(contacts.id, contactCompanies.contactId))
      .where(
        and(
          inArray(contactCompanies.companyId, ids.slice(i, i + CHUNK)),
          eq(contactCompanies.workspaceId, workspaceId),
          isNull(contactCompanies.deletedAt),
          eq(contacts.workspaceId, workspaceId),
          isNull(contacts.deletedAt),
        ),
      );
    for (const row of rows) {
      const current = home.get(row.contact.id);
      const better =
        !current ||
        (row.primary && !current.primary) ||
        (row.primary === current.primary && order.get(row.companyId)! < order.get(current.companyId)!);
      if (better) home.set(row.contact.id, row);
    }
  }
  const byCompany = new Map<string, MailContact[]>();
  for (const { companyId, contact } of home.values()) {
    const people = byCompany.get(companyId);
    if (people) people.push(contact);
    else byCompany.set(companyId, [contact]);
  }
  for (const people of byCompany.values()) people.sort((a, b) => fullName(a).localeCompare(fullName(b)));
  return byCompany;
}
