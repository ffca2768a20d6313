import type { FjordDb } from '../db/fjord-db';

/** What the sidebar shows of one participant: the cached contact and where they work, or nothing known. */
export type PersonCard = {
  address: string;
  name: string | null;
  contact: { id: string; firstName: string; lastName: string | null; title: string | null } | null;
  companies: { id: string; name: string; position: string | null; isPrimary: boolean }[];
};

/**
 * The cached contacts behind these addresses (by their primary e-mail, through the cache's index),
 * each with their live companies, primary first. Runs in the background, next to the cache.
 */
export async function lookupPeople(db: FjordDb, people: { address: string; name: string | null }[]): Promise<PersonCard[]> {
  const addresses = people.map((p) => p.address.toLowerCase());
  const found = (await db.contacts.where('email').anyOf(addresses).toArray()).filter((c) => c.deletedAt === null);
  const byAddress = new Map(found.map((c) => [c.email!.toLowerCase(), c]));
  return Promise.all(
    people.map(async (person) => {
      const contact = byAddress.get(person.address.toLowerCase()) ?? null;
      if (!contact) return { ...person, contact: null, companies: [] };
      const links = (await db.contactCompanies.where('contactId').equals(contact.id).toArray()).filter(
        (l) => l.deletedAt === null,
      );
      const companies = await db.companies.bulkGet(links.map((l) => l.companyId));
      return {
        ...person,
        contact: { id: contact.id, firstName: contact.firstName, lastName: contact.lastName, title: contact.title },
        companies: links
          .map((link, i) => ({ link, company: companies[i] }))
          .filter(({ company }) => company && company.deletedAt === null)
          .map(({ link, company }) => ({
            id: company!.id,
            name: company!.name,
            position: link.position,
            isPrimary: link.isPrimary,
          }))
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
      };
    }),
  );
}
