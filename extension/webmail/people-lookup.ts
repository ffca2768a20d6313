import type { Company } from '../../shared/entities/company';
import type { Contact } from '../../shared/entities/contact';
import {
  companyDomainOfEmail,
  companyDuplicateKeys,
  rankCompanyDuplicates,
} from '../../shared/duplicates/company-duplicate-rule';
import { OPEN_TASK_STATUSES } from '../../shared/entities/task';
import type { FjordDb } from '../db/fjord-db';
import { cachedMembers } from '../sync/refresh-members';

/** What the sidebar shows of one participant: the cached contact and where they work, or nothing known. */
export type PersonCard = {
  address: string;
  name: string | null;
  contact: { id: string; firstName: string; lastName: string | null; title: string | null } | null;
  companies: {
    id: string;
    name: string;
    position: string | null;
    isPrimary: boolean;
    relationshipType: string | null;
    owners: string[];
  }[];
  /** The contact's newest logged e-mails (the cache holds only those this user may see). */
  loggedEmails: { id: string; subject: string; sentAt: number | null }[];
  /** Their open tasks, soonest due first (undated last). */
  openTasks: { id: string; title: string; dueDate: string | null }[];
  /** What happened with them lately: calls, meetings, visits, newest first. */
  lastActivities: { id: string; type: string; subject: string; occurredAt: number }[];
  /** For an unknown person: the company already in Fjord with their e-mail's domain. */
  suggestedCompany: { id: string; name: string } | null;
  /** Their e-mail's domain, unless it is a free-mail provider's: a new company's domain. */
  companyDomain: string | null;
};

type Person = { address: string; name: string | null };
const LOGGED_SHOWN = 3;

/**
 * The cached contacts behind these addresses (by any of their e-mails, through the cache's
 * derived `emailKeys` index), each with their live companies, primary first. Runs in the
 * background, next to the cache.
 */
export async function lookupPeople(db: FjordDb, people: Person[]): Promise<PersonCard[]> {
  const addresses = people.map((p) => p.address.trim().toLowerCase());
  const byAddress = new Map<string, Contact>();
  for (const contact of await db.contacts.where('emailKeys').anyOf(addresses).toArray()) {
    if (contact.deletedAt !== null) continue;
    for (const key of (contact as Contact & { emailKeys: string[] }).emailKeys) {
      if (addresses.includes(key) && !byAddress.has(key)) byAddress.set(key, contact);
    }
  }
  const names = await lookupNames(db);
  return Promise.all(
    people.map(async (person, i) => {
      const contact = byAddress.get(addresses[i]!);
      return contact ? knownCard(db, person, contact, names) : unknownCard(db, person);
    }),
  );
}

type Names = { labels: Map<string, string>; members: Map<string, string> };

async function lookupNames(db: FjordDb): Promise<Names> {
  const items = await db.listItems.where('kind').equals('relationshipType').toArray();
  return {
    labels: new Map(items.map((item) => [item.id, item.name])),
    members: new Map((await cachedMembers(db)).map((m) => [m.id, m.name])),
  };
}

async function knownCard(db: FjordDb, person: Person, contact: Contact, names: Names): Promise<PersonCard> {
  const links = (await db.contactCompanies.where('contactId').equals(contact.id).toArray()).filter((l) => l.deletedAt === null);
  const companies = await db.companies.bulkGet(links.map((l) => l.companyId));
  const [tasks, activities] = await Promise.all([
    db.tasks.where('contactIds').equals(contact.id).toArray(),
    db.activities.where('contactIds').equals(contact.id).toArray(),
  ]);
  const logs = (await db.emailLogs.where('contactIds').equals(contact.id).toArray())
    .filter((log) => log.deletedAt === null)
    .sort((a, b) => (b.sentAt ?? b.createdAt) - (a.sentAt ?? a.createdAt));
  return {
    ...person,
    contact: { id: contact.id, firstName: contact.firstName, lastName: contact.lastName, title: contact.title },
    companies: links
      .map((link, i) => ({ link, company: companies[i] }))
      .filter(
        (pair): pair is { link: (typeof links)[number]; company: Company } => !!pair.company && pair.company.deletedAt === null,
      )
      .map(({ link, company }) => ({
        id: company.id,
        name: company.name,
        position: link.position,
        isPrimary: link.isPrimary,
        relationshipType: company.relationshipTypeId ? (names.labels.get(company.relationshipTypeId) ?? null) : null,
        owners: company.ownerIds.flatMap((id) => names.members.get(id) ?? []),
      }))
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
    loggedEmails: logs.slice(0, LOGGED_SHOWN).map((log) => ({ id: log.id, subject: log.subject, sentAt: log.sentAt })),
    openTasks: tasks
      .filter((t) => t.deletedAt === null && (OPEN_TASK_STATUSES as readonly string[]).includes(t.status))
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
      .slice(0, LOGGED_SHOWN)
      .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate })),
    lastActivities: activities
      .filter((a) => a.deletedAt === null)
      .sort((a, b) => b.occurredAt - a.occurredAt)
      .slice(0, LOGGED_SHOWN)
      .map((a) => ({ id: a.id, type: a.type, subject: a.subject, occurredAt: a.occurredAt })),
    suggestedCompany: null,
    companyDomain: null,
  };
}

async function unknownCard(db: FjordDb, person: Person): Promise<PersonCard> {
  const companyDomain = companyDomainOfEmail(person.address);
  return {
    ...person,
    contact: null,
    companies: [],
    loggedEmails: [],
    openTasks: [],
    lastActivities: [],
    suggestedCompany: companyDomain ? await companyOfAddress(db, person.address) : null,
    companyDomain,
  };
}

/**
 * The company the duplicate rule ranks first for this address, found in the cache by its domain or
 * a parent of it (`mail.fjord.no` → `fjord.no`), the same rule the popup and the server use.
 */
async function companyOfAddress(db: FjordDb, address: string): Promise<{ id: string; name: string } | null> {
  const { domains } = companyDuplicateKeys({ email: address });
  const [best] = rankCompanyDuplicates({ email: address }, await db.companies.where('domain').anyOf(domains).toArray());
  return best ? { id: best.company.id, name: best.company.name } : null;
}
