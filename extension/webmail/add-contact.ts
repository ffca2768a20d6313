import { parseAddressText } from '../../shared/capture/address';
import { newId } from '../../shared/ids';
import { command, type Command } from '../sync/command';

/** The sidebar's "Add contact" form as sent to the background. */
export type NewContact = {
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phones: string[];
  website: string;
  /** One line, as a signature writes it ("Sjøgata 12, 8006 Bodø"). */
  address: string;
  /** An existing company, a new one to create, or none. */
  company: { id: string } | { name: string; domain: string | null } | null;
};

/**
 * The contact, the company when it is new, and the link between them (the title as position):
 * applied together in one local transaction by `runCommands`, so either all of it is saved or none.
 */
export function addContactCommands(draft: NewContact): { contactId: string; companyId: string | null; commands: Command[] } {
  const contactId = newId();
  const address = draft.address.trim() ? (parseAddressText(draft.address) ?? null) : null;
  const commands: Command[] = [
    command('contact.create', {
      id: contactId,
      firstName: draft.firstName,
      lastName: draft.lastName,
      title: draft.title,
      emails: draft.email.trim() ? [{ address: draft.email.trim() }] : [],
      phones: draft.phones.filter((p) => p.trim()).map((number) => ({ number })),
      url: draft.website,
      address,
    }),
  ];
  if (!draft.company) return { contactId, companyId: null, commands };
  let companyId: string;
  if ('id' in draft.company) companyId = draft.company.id;
  else {
    companyId = newId();
    const { name, domain } = draft.company;
    commands.push(command('company.create', { id: companyId, name, website: domain ? `https://${domain}` : null }));
  }
  commands.push(command('contact.linkCompany', { id: newId(), contactId, companyId, position: draft.title }));
  return { contactId, companyId, commands };
}
