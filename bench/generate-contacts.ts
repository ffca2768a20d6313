import type { Contact } from '../shared/entities/contact';
import { newId } from '../shared/ids';
import { newContactDefaults } from '../shared/mutations/contact.mutations';

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sofie', 'Anders', 'Emma', 'Johan', 'Freja', 'Mads', 'Sanne', 'Pieter'];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersson',
  'Nilsson',
  'Jensen',
  'Nielsen',
  'de Vries',
  'Bakker',
  'Berg',
  'Lund',
];

/** Contacts with realistic Nordic and Dutch names, e-mails and E.164 phones. */
export function generateContacts(count: number, workspaceId: string, userId: string): Contact[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    // First and last names vary independently, as in life: every pair occurs, none clusters in the sort order.
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${i % 5 === 0 ? '' : ` ${i}`}`;
    const email = `${first.toLowerCase()}.${i}@firma${i % 1000}.example.no`;
    const phone = `+479${String(1000000 + i).slice(-7)}`;
    return {
      ...newContactDefaults(),
      id: newId(),
      workspaceId,
      createdAt: now,
      updatedAt: now,
      createdBy: userId,
      updatedBy: userId,
      deletedAt: null,
      version: Math.floor(i / 1000) + 1,
      firstName: first,
      lastName: last,
      email,
      phone,
      emails: [{ address: email, label: null }],
      phones: [{ number: phone, label: null }],
    };
  });
}
