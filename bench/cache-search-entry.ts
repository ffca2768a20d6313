import { openFjordDb } from '../extension/db/fjord-db';
import { ContactSearchIndex } from '../extension/search/contact-search-index';
import { generateContacts } from './generate-contacts';

/** Runs inside Chromium (bundled by cache-search-bench.ts): fills a cache, then types into the search. */
async function run(count: number, words: string[]) {
  const db = openFjordDb(`bench-search-${Date.now()}`);
  const rows = generateContacts(count, 'bench', 'bench');
  for (let i = 0; i < rows.length; i += 20_000) await db.contacts.bulkPut(rows.slice(i, i + 20_000));
  const loadStart = performance.now();
  const index = await ContactSearchIndex.load(db);
  const loadMs = performance.now() - loadStart;
  const keystrokes: number[] = [];
  for (const word of words) {
    for (let n = 1; n <= word.length; n++) {
      const t = performance.now();
      index.search(word.slice(0, n), 50);
      keystrokes.push(performance.now() - t);
    }
  }
  db.close();
  return { loadMs, keystrokes, size: index.size };
}

(globalThis as unknown as { fjordSearchBench: typeof run }).fjordSearchBench = run;
