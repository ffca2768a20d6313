import type { CapturedPerson } from '../../shared/capture/captured';
import { newId } from '../../shared/ids';
import { command, type Command } from '../sync/command';

export type PersonDraft = {
  key: string;
  selected: boolean;
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phone: string;
};

export function draftFromPerson(p: CapturedPerson, index: number): PersonDraft {
  const full = p.name.value.trim();
  const split = full.lastIndexOf(' ');
  return {
    key: `${index}:${full}`,
    selected: true,
    firstName: p.givenName?.value ?? (split > 0 ? full.slice(0, split) : full),
    lastName: p.familyName?.value ?? (split > 0 ? full.slice(split + 1) : ''),
    title: p.jobTitle?.value ?? '',
    email: p.email?.value ?? '',
    phone: p.phone?.value ?? '',
  };
}

/** A selected person becomes a contact linked to the company, with their title as the position. */
export function personCommands(p: PersonDraft, companyId: string): Command[] {
  const contactId = newId();
  return [
    command('contact.create', {
      id: contactId,
      firstName: p.firstName,
      lastName: p.lastName,
      title: p.title,
      email: p.email,
      phone: p.phone,
    }),
    command('contact.linkCompany', { id: newId(), contactId, companyId, position: p.title }),
  ];
}
