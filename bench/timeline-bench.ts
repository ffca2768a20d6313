import type { Client, InStatement } from '@libsql/client';
import { login } from '../extension/api/login';
import { newId } from '../shared/ids';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { percentile, time } from './stats';

const ON_COMPANY = 10_000;
const ELSEWHERE = 100_000;
const RUNS = 40;

/**
 * Issue 6's budget: the first page of a company timeline holding 10,000 items in ≤ 50 ms (server
 * p95), with 100,000 more activities on other companies in the same link table.
 */
export async function benchTimeline(server: Awaited<ReturnType<typeof benchServer>>) {
  const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const company = server.rows[0]!.id;
  const seeded = await time(() =>
    seed(
      server.client,
      server.workspaceId,
      server.userId,
      company,
      server.rows.map((r) => r.id),
    ),
  );
  const get = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${session.token}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { items: unknown[]; next: string | null };
  };
  const first = await get(`/api/timeline?companyId=${company}&limit=50`);
  if (first.items.length !== 50 || !first.next) throw new Error('the timeline did not fill a page');
  const measure = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await time(() => get(path))).ms);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const rows = [
    ['company timeline, first page of 50', `/api/timeline?companyId=${company}&limit=50`],
    ['  second page (cursor)', `/api/timeline?companyId=${company}&limit=50&cursor=${first.next}`],
    ['  notes only', `/api/timeline?companyId=${company}&kinds=note&limit=50`],
    ['  one month', `/api/timeline?companyId=${company}&from=${Date.UTC(2026, 5, 1)}&to=${Date.UTC(2026, 6, 1)}&limit=50`],
  ] as const;
  const out = [
    `${`timeline: ${ON_COMPANY} items on one company + ${ELSEWHERE} elsewhere (setup)`.padEnd(52)}  ${seeded.ms.toFixed(0)} ms`,
  ];
  for (const [label, path] of rows) {
    const { p50, p95 } = await measure(path);
    const verdict = label.startsWith('company') ? `  budget 50 ms: ${p95 <= 50 ? 'within' : 'OVER'}` : '';
    out.push(`${label.padEnd(52)}  p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms${verdict}`);
  }
  return out;
}

/** Activities, notes (a tenth private to someone else) and tasks, in multi-row statements; triggers fill the links. */
async function seed(client: Client, workspaceId: string, userId: string, company: string, companies: string[]) {
  const start = Date.UTC(2025, 0, 1);
  const statements: InStatement[] = [];
  const batch = (table: string, columns: string[], rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      statements.push({
        sql: `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
        args: chunk.flat() as never[],
      });
    }
  };
  const base = ['id', 'workspace_id', 'created_at', 'updated_at', 'created_by', 'updated_by', 'deleted_at', 'version'];
  const stamp = (at: number, by = userId) => [newId(), workspaceId, at, at, by, by, null, 1];
  const activities: unknown[][] = [];
  const notes: unknown[][] = [];
  const tasks: unknown[][] = [];
  for (let i = 0; i < ON_COMPANY; i++) {
    const at = start + i * 3_600_000;
    const links = [JSON.stringify([company]), '[]'];
    if (i % 5 === 0) notes.push([...stamp(at, i % 50 === 0 ? newId() : userId), `Note ${i}`, i % 50 === 0 ? 1 : 0, ...links]);
    else if (i % 5 === 1)
      tasks.push([...stamp(at), `Task ${i}`, null, null, null, userId, 'open', 'normal', null, null, null, ...links]);
    else activities.push([...stamp(at), 'call', `Call ${i}`, null, at, 10, null, '[]', ...links]);
  }
  for (let i = 0; i < ELSEWHERE; i++) {
    const at = start + i * 600_000;
    activities.push([
      ...stamp(at),
      'visit',
      `Visit ${i}`,
      null,
      at,
      30,
      null,
      '[]',
      JSON.stringify([companies[1 + (i % (companies.length - 1))]]),
      '[]',
    ]);
  }
  batch(
    'activities',
    [
      ...base,
      'type',
      'subject',
      'description',
      'occurred_at',
      'duration_minutes',
      'outcome',
      'user_ids',
      'company_ids',
      'contact_ids',
    ],
    activities,
  );
  batch('notes', [...base, 'body', 'is_private', 'company_ids', 'contact_ids'], notes);
  batch(
    'tasks',
    [
      ...base,
      'title',
      'description',
      'due_date',
      'due_time',
      'assignee_id',
      'status',
      'priority',
      'remind_at',
      'follow_up_of',
      'completed_at',
      'company_ids',
      'contact_ids',
    ],
    tasks,
  );
  for (let i = 0; i < statements.length; i += 50) await client.batch(statements.slice(i, i + 50), 'write');
}
