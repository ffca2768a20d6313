import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawInsert } from '../../server/db/raw-upsert';
import { contacts } from '../../server/db/schema';
import { BROAD_MATCH, ftsPhrase, ftsRowids, matchPlan } from '../../server/records/text-search';
import type { Contact } from '../../shared/entities/contact';
import { newId } from '../../shared/ids';
import { newContactDefaults } from '../../shared/mutations/contact.mutations';
import { apiCaller, createTestApp } from '../helpers/test-app';

/**
 * Contact search takes one of two plans: few matches are looked up and sorted, many are found by
 * walking the name index. Both must give the same order and page without gaps or repeats.
 */
describe('contact search on many contacts', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  const hansens = BROAD_MATCH + 400;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login();
    const now = Date.now();
    const row = (firstName: string, lastName: string, i: number): Contact => ({
      ...newContactDefaults(),
      id: newId(),
      workspaceId: t.first.workspaceId,
      createdAt: now,
      updatedAt: now,
      createdBy: t.first.userId,
      updatedBy: t.first.userId,
      deletedAt: null,
      version: 1,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}.${i}@example.no`,
      emails: [{ address: `${firstName.toLowerCase()}.${i}@example.no`, label: null }],
    });
    // Every tenth Hansen shares one name, so the page boundaries fall inside runs of equal names.
    const rows = [
      ...Array.from({ length: hansens }, (_, i) => row(i % 10 === 0 ? 'Kari' : `Kari ${i}`, 'Hansen', i)),
      ...Array.from({ length: 120 }, (_, i) => row('Per', `Olsen ${i}`, i)),
      ...Array.from({ length: 2000 }, (_, i) => row('Ola', `Berg ${i}`, i)),
    ];
    await rawInsert(t.deps.client, contacts, rows);
  });
  afterAll(() => t.close());

  async function allPages(q: string) {
    const call = apiCaller(t.app, token);
    const names: string[] = [];
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: string = `/api/contacts?q=${encodeURIComponent(q)}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await call('GET', query);
      expect(res.status).toBe(200);
      const page = res.body as { items: Contact[]; nextCursor: string | null };
      for (const c of page.items) {
        ids.add(c.id);
        names.push(`${c.lastName} ${c.firstName}`);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return { names, ids };
  }

  // SQLite's NOCASE: ASCII letters folded, then compared byte by byte.
  const sorted = (names: string[]) => names.map((n) => n.toLowerCase()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  it('walks the name index when the match is broad, and pages through every match once, in name order', async () => {
    expect((await matchPlan(t.db, [ftsRowids('contacts', ftsPhrase('hanse')!)])).broad).toBe(true);
    const { names, ids } = await allPages('hanse');
    expect(ids.size).toBe(hansens);
    expect(names).toHaveLength(hansens);
    expect(names.map((n) => n.toLowerCase())).toEqual(sorted(names));
  });

  it('sorts the matches when they are few, in the same order', async () => {
    expect((await matchPlan(t.db, [ftsRowids('contacts', ftsPhrase('olsen')!)])).broad).toBe(false);
    const { names, ids } = await allPages('olsen');
    expect(ids.size).toBe(120);
    expect(names.map((n) => n.toLowerCase())).toEqual(sorted(names));
  });

  it('pages the whole list without a search in name order', async () => {
    const { ids, names } = await allPages('');
    expect(ids.size).toBe(hansens + 120 + 2000);
    expect(names[0]).toMatch(/^Berg /);
    expect(names[names.length - 1]).toMatch(/^Olsen /);
  });
});
