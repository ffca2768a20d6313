import { newId } from '../shared/ids';
import { login } from '../extension/api/login';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { generateCompanies, insertCompanies } from './seed-companies';
import { line, percentile, time } from './stats';

const MUTATIONS = 1000;
const ROUNDS = 5;

/**
 * POST /sync/push of 1,000 company.create mutations over HTTP on a database already holding the
 * bench data, next to a plain multi-row INSERT of the same 1,000 rows into the same table.
 */
export async function benchPush(server: Awaited<ReturnType<typeof benchServer>>) {
  const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const pushes: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rows = generateCompanies(MUTATIONS, server.workspaceId, server.userId);
    // The floor writes the same rows into the same table (same indexes) the push writes to.
    floors.push((await time(() => insertCompanies(server.client, rows))).ms);
    const body = {
      protocolVersion: 1,
      clientId: newId(),
      mutations: rows.map((r, i) => ({
        mutationId: i + 1,
        name: 'company.create',
        args: {
          id: newId(),
          name: r.name,
          website: r.website,
          orgNumber: r.orgNumber,
          country: r.country,
          email: r.email,
          phone: r.phone,
          address: r.address,
        },
      })),
    };
    const pushed = await time(async () => {
      const res = await fetch(`${server.url}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await res.json()) as { results: { status: string }[] };
      if (!res.ok) throw new Error(`push failed: ${res.status} ${JSON.stringify(result).slice(0, 300)}`);
      const notApplied = result.results.filter((r) => r.status !== 'applied');
      if (notApplied.length > 0) throw new Error(`push did not apply everything: ${JSON.stringify(notApplied[0])}`);
    });
    pushes.push(pushed.ms);
  }
  const median = (v: number[]) => percentile(v, 50);
  return [line(`push ${MUTATIONS} mutations (median of ${ROUNDS})`, median(pushes), median(floors), 3)];
}
