import type { Client } from '@libsql/client';
import { rawInsert } from '../server/db/raw-upsert';
import { contacts } from '../server/db/schema';
import type { Contact } from '../shared/entities/contact';

export { generateContacts } from './generate-contacts';

export async function insertContacts(client: Client, rows: Contact[]) {
  for (let i = 0; i < rows.length; i += 10_000) await rawInsert(client, contacts, rows.slice(i, i + 10_000));
}
