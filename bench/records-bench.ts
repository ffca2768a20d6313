import { login } from '../extension/api/login';
import { BULK_CHUNK } from '../shared/records/bulk-action';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { generateContacts, insertContacts } from './seed-contacts';
import { insertSummaries } from './seed-summaries';
import { percentile, time } from './stats';

const RUNS = 40;

/** Issue 3's budgets: filtered list, contact search on 200k contacts, bulk tag of 10,000. */
export async function benchRecords(server: Awaited<ReturnType<typeof benchServer>>) {
  const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const call = async (method: string, path: string, body?: unknown, retry = true): Promise<any> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((err: unknown) => {
      // A keep-alive socket the server closed while we were seeding: one retry on a new one.
      if (retry) return null;
      throw err;
    });
    if (res === null) return call(method, path, body, false);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const tag = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Bench VIP' })).item;
  await server.client.execute({ sql: `update companies set tag_ids = json_array(?) where rowid % 10 = 0`, args: [tag.id] });
  await insertContacts(server.client, generateContacts(200_000, server.workspaceId, server.userId));
  const summaries = await insertSummaries(
    server.client,
    server.rows.map((r) => r.id),
    server.workspaceId,
    server.userId,
  );

  const p95 = async (paths: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await time(() => call('GET', paths[i % paths.length]!))).ms);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const list = await p95([
    `/api/companies?tagIds=${tag.id}&country=NO&limit=50`,
    `/api/companies?tagIds=${tag.id}&city=Bergen&limit=50`,
  ]);
  const search = await p95(
    ['hanse', 'ingrid', 'olsen', 'firma42', '9100042', 'de vri', 'lund 77', 'sofie berg'].map(
      (q) => `/api/contacts?q=${encodeURIComponent(q)}&limit=50`,
    ),
  );

  const tagged = (await call('GET', `/api/companies/ids?tagIds=${tag.id}`)).ids as string[];
  const { ids } = await call('GET', '/api/companies/ids?country=NO');
  const selection = (ids as string[]).filter((id) => !tagged.includes(id)).slice(0, 10_000);
  const second = (await call('POST', '/api/settings/lists', { kind: 'tag', name: 'Bench bulk' })).item;
  const bulk = await time(async () => {
    for (let i = 0; i < selection.length; i += BULK_CHUNK) {
      await call('POST', '/api/companies/bulk', {
        ids: selection.slice(i, i + BULK_CHUNK),
        action: { type: 'addTags', tagIds: [second.id] },
      });
    }
  });
  const row = (label: string, figure: string, ok: boolean, budget: string) =>
    `${label.padEnd(72)}  ${figure}  budget ${budget}: ${ok ? 'within' : 'OVER'}`;
  return [
    row(
      `company list, two filters, counters (100k companies, ${summaries.agreements + summaries.invoices} summaries)`,
      `p50 ${list.p50.toFixed(1)} ms  p95 ${list.p95.toFixed(1)} ms`,
      list.p95 <= 50,
      '50 ms',
    ),
    row(
      'contact substring search (200k contacts)',
      `p50 ${search.p50.toFixed(1)} ms  p95 ${search.p95.toFixed(1)} ms`,
      search.p95 <= 50,
      '50 ms',
    ),
    row(`bulk tag of ${selection.length} companies`, `${bulk.ms.toFixed(0)} ms`, bulk.ms <= 5000, '5 s'),
  ];
}
