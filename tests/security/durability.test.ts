import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { PushResponse } from '../../shared/sync/protocol';
import { pushBody } from '../helpers/factories';
import { signIn } from '../helpers/test-server';
import { prng } from './fuzz-values';
import { serverProcess } from '../e2e/helpers/server-process';

const MUTATIONS = 1200;
/** Pushes a SIGKILL must cut short per run. */
const KILLS = 12;

type Outgoing = { mutationId: number; name: string; args: Record<string, unknown>; id: string };

/** Every mutation creates one record with a known id: applying one twice would show as a conflict or a second audit line. */
function outbox(): Outgoing[] {
  const out: Outgoing[] = [];
  let company = '';
  for (let i = 1; i <= MUTATIONS; i++) {
    const id = newId();
    if (i % 3 === 1) {
      company = id;
      out.push({ mutationId: i, id, name: 'company.create', args: { id, name: `Durable ${i} AS` } });
    } else if (i % 3 === 2) {
      out.push({
        mutationId: i,
        id,
        name: 'note.create',
        args: { id, body: `Note ${i}`, isPrivate: false, companyIds: [company], contactIds: [] },
      });
    } else {
      out.push({ mutationId: i, id, name: 'contact.create', args: { id, firstName: 'Durable', lastName: `${i}` } });
    }
  }
  return out;
}

/**
 * SIGKILL during pushes: the real server process on a real libSQL file is killed at random moments
 * while a client that keeps its outbox pushes batches, then started again on the same file. The
 * client resends from its first unacknowledged mutation, as the extension does. At the end every
 * mutation is applied exactly once, `lastMutationId` is right and the workspace version never went back.
 */
describe('durability under SIGKILL', () => {
  let server: Awaited<ReturnType<typeof serverProcess>> | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('applies every pushed mutation exactly once across kills and restarts, and answers an old batch as duplicate', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const rng = prng(seed);
    server = await serverProcess();
    const session = await signIn(server.url);
    const clientId = newId();
    const all = outbox();
    const problems: string[] = [];
    let acked = 0;
    let kills = 0;
    let lastVersion = 0;
    let rejected = 0;
    let interrupted = 0;
    /** How long a push takes on this machine now (a moving average), to aim the kills. */
    let pushMs = 30;

    const head = async () => {
      const res = await fetch(`${server!.url}/sync/pull?protocolVersion=1&cursor=999999999999`, {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return ((await res.json()) as { cursor: number }).cursor;
    };
    const checkVersion = async (when: string) => {
      const version = await head();
      if (version < lastVersion) problems.push(`version went back ${lastVersion}→${version} ${when}`);
      lastVersion = version;
    };

    while (acked < MUTATIONS) {
      if (!server.running()) {
        await server.start();
        await checkVersion(`after restart ${kills}`);
      }
      const batch = all.slice(acked, acked + 1 + rng.int(40));
      // Kill during this push now and then, until enough pushes were cut short, at a random moment
      // within how long a push takes here (measured), so the kill lands while it is being applied.
      const killNow = interrupted < KILLS && rng.chance(0.4);
      const killer = killNow
        ? new Promise<void>((resolve) =>
            setTimeout(
              () => {
                kills += 1;
                void server!.stop('SIGKILL').then(resolve);
              },
              Math.floor(rng.next() * pushMs * 0.9),
            ),
          )
        : Promise.resolve();
      const startedAt = performance.now();
      try {
        const res = await fetch(`${server.url}/sync/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            ...pushBody(clientId, []),
            mutations: batch.map(({ mutationId, name, args }) => ({ mutationId, name, args })),
          }),
        });
        const body = (await res.json()) as PushResponse;
        for (const r of body.results) {
          if (r.status === 'rejected') {
            rejected += 1;
            problems.push(`mutation ${r.mutationId} rejected: ${r.reason} ${r.message}`);
          }
        }
        if (body.lastMutationId < batch[batch.length - 1]!.mutationId)
          problems.push(`lastMutationId ${body.lastMutationId} after pushing up to ${batch[batch.length - 1]!.mutationId}`);
        acked = body.lastMutationId;
        pushMs = pushMs * 0.7 + (performance.now() - startedAt) * 0.3;
        if (server.running()) await checkVersion(`after pushing up to ${acked}`).catch(() => undefined);
      } catch {
        // The server died under the push: unacknowledged, so the next round resends from `acked`.
        interrupted += 1;
      }
      await killer;
    }
    await checkVersion('at the end');

    // An old batch again: every mutation in it is a duplicate, and lastMutationId stays.
    const again = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...pushBody(clientId, []),
        mutations: all.slice(0, 5).map(({ mutationId, name, args }) => ({ mutationId, name, args })),
      }),
    });
    const replay = (await again.json()) as PushResponse;
    expect(replay.lastMutationId).toBe(MUTATIONS);
    expect(replay.results.map((r) => r.status)).toEqual(Array(5).fill('duplicate'));

    // Count what the file holds, with the server down.
    await server.stop('SIGKILL');
    const db = createClient({ url: server.databaseUrl });
    const ids = all.map((m) => m.id);
    const present = new Set<string>();
    for (const table of ['companies', 'contacts', 'notes']) {
      const rows = await db.execute(`select id from ${table}`);
      for (const row of rows.rows) present.add(String(row.id));
    }
    const creates = await db.execute(`select record_id, count(*) as n from audit_log where action = 'create' group by record_id`);
    const createLines = new Map(creates.rows.map((r) => [String(r.record_id), Number(r.n)]));
    const stored = await db.execute(`select last_mutation_id from client_mutations where client_id = ?`, [clientId]);
    db.close();
    const lost = ids.filter((id) => !present.has(id)).length;
    const duplicated = ids.filter((id) => (createLines.get(id) ?? 0) > 1).length + rejected;
    console.log(
      `durability: ${kills} kills (${interrupted} cut a push short), ${MUTATIONS} mutations, lost ${lost}, duplicated ${duplicated} (seed ${seed})`,
    );

    expect(interrupted).toBeGreaterThanOrEqual(10);
    expect(Number(stored.rows[0]!.last_mutation_id)).toBe(MUTATIONS);
    expect({ lost, duplicated, problems }).toEqual({ lost: 0, duplicated: 0, problems: [] });
  });
});
