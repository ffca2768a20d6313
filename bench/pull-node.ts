import { ApiClient } from '../extension/api/api-client';
import { login } from '../extension/api/login';
import { openFjordDb } from '../extension/db/fjord-db';
import { actorOf } from '../extension/sync/session';
import { pullChanges } from '../extension/sync/sync-engine';
import { newId } from '../shared/ids';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { line, time } from './stats';

/** Cold pull of every row into an empty Dexie cache (fake-indexeddb), next to a plain bulkPut. */
export async function benchPullNode(server: Awaited<ReturnType<typeof benchServer>>) {
  const floorDb = openFjordDb(`floor-${newId()}`);
  await floorDb.open();
  const floor = await time(() => floorDb.companies.bulkPut(server.rows));
  floorDb.close();

  const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const db = openFjordDb(`pull-${newId()}`);
  await db.open();
  const api = new ApiClient({ baseUrl: session.serverUrl, token: session.token });
  const pull = await time(() => pullChanges(db, api, actorOf(session)));
  const stored = await db.companies.count();
  db.close();
  if (stored !== server.rows.length) throw new Error(`pulled ${stored} of ${server.rows.length} rows`);
  return [line(`cold pull ${stored} records, fake-indexeddb (Node)`, pull.ms, floor.ms, 1.5)];
}
