import { describe, expect, it } from 'vitest';
import { openFjordDb } from '../../extension/db/fjord-db';
import { ContactSearchIndex, type SearchableContact } from '../../extension/search/contact-search-index';
import type { Contact } from '../../shared/entities/contact';
import { newId } from '../../shared/ids';
import { newContactDefaults } from '../../shared/mutations/contact.mutations';
import { cachedRecordBase } from '../helpers/factories';

function contact(firstName: string, lastName: string | null, extra: Partial<Contact> = {}): Contact {
  return {
    ...newContactDefaults(),
    ...cachedRecordBase(),
    firstName,
    lastName,
    ...extra,
  };
}

const names = (index: ContactSearchIndex, people: SearchableContact[], q: string, limit?: number) =>
  index.search(q, limit).map((id) => {
    const c = people.find((p) => p.id === id)!;
    return `${c.firstName} ${c.lastName ?? ''}`.trim();
  });

describe('substring search over the cached contacts', () => {
  const people = [
    contact('Kari', 'Hansen', { emails: [{ address: 'kari@fiskeri.example.no', label: null }] }),
    contact('Jon', 'Johansen', { phones: [{ number: '+4791234567', label: null }] }),
    contact('Søren', 'Sørensen', { title: 'Innkjøpssjef' }),
    contact('Anna', 'de Vries', { emails: [{ address: 'anna@bakker.example.nl', label: null }] }),
    contact('Old', 'Hansen', { deletedAt: 5 }),
  ];

  it('loads the cache and finds any part of a name, e-mail, title or phone, in name order, without deleted ones', async () => {
    const db = openFjordDb(`search-${newId()}`);
    await db.contacts.bulkPut(people);
    const index = await ContactSearchIndex.load(db);
    expect(index.size).toBe(4);
    expect(names(index, people, 'hanse')).toEqual(['Kari Hansen', 'Jon Johansen']);
    expect(names(index, people, 'fiskeri.example')).toEqual(['Kari Hansen']);
    expect(names(index, people, '912 34 567')).toEqual(['Jon Johansen']);
    expect(names(index, people, '+47 91234')).toEqual(['Jon Johansen']);
    expect(names(index, people, 'sorensen')).toEqual(['Søren Sørensen']);
    expect(names(index, people, 'INNKJØP')).toEqual(['Søren Sørensen']);
    expect(names(index, people, 'de vri')).toEqual(['Anna de Vries']);
    expect(names(index, people, '')).toEqual(['Anna de Vries', 'Kari Hansen', 'Jon Johansen', 'Søren Sørensen']);
    expect(names(index, people, 'zzz')).toEqual([]);
    db.close();
  });

  it('gives the same answers while typing on, deleting back and starting over', () => {
    const index = new ContactSearchIndex();
    index.reset(people);
    const typed = ['h', 'ha', 'han', 'hans', 'hanse', 'hansen', 'hanse', 'han', 'jo', 'joh', 'k'];
    const fresh = (q: string) => {
      const other = new ContactSearchIndex();
      other.reset(people);
      return other.search(q);
    };
    for (const q of typed) expect(index.search(q), q).toEqual(fresh(q));
    expect(index.search('a', 2)).toHaveLength(2);
  });

  it('follows writes: a renamed contact moves in the order, a deleted one is gone, a new one appears', () => {
    const index = new ContactSearchIndex();
    index.reset(people);
    const [kari, jon] = people as [Contact, Contact];
    const added = contact('Ola', 'Andersen');
    index.search('sen');
    index.upsert([{ ...kari, lastName: 'Aasen' }, { ...jon, deletedAt: 9 }, added]);
    const all = [...people, added];
    const renamed = all.map((c) => (c.id === kari.id ? { ...c, lastName: 'Aasen' } : c));
    expect(names(index, renamed, 'sen')).toEqual(['Kari Aasen', 'Ola Andersen', 'Søren Sørensen']);
    index.remove([added.id]);
    expect(names(index, renamed, 'sen')).toEqual(['Kari Aasen', 'Søren Sørensen']);
  });
});
