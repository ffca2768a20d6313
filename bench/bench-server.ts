import { join } from 'node:path';
import { parseEnv } from '../server/env';
import { startServer } from '../server/start-server';
import { OFFLINE_REGISTERS } from '../tests/helpers/offline-registers';
import { tempDir } from '../tests/helpers/temp-dir';
import { generateCompanies, insertCompanies } from './seed-companies';

export const BENCH_ADMIN = { email: 'bench@example.no', password: 'bench password 123' };

/** A real server on a fresh file database holding `count` companies in its workspace. */
export async function benchServer(count: number, dashboardDir = 'none') {
  const dir = tempDir('fjord-bench-');
  const env = parseEnv({
    PORT: '0',
    DATABASE_URL: `file:${join(dir.path, 'bench.db')}`,
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    SEED_DEMO: 'false',
    DASHBOARD_DIR: dashboardDir,
    ...OFFLINE_REGISTERS,
  });
  const server = await startServer(env);
  const { workspaceId, userId } = server.first!;
  const rows = generateCompanies(count, workspaceId, userId);
  await insertCompanies(server.client, rows);
  const head = rows.length ? rows[rows.length - 1]!.version : 0;
  await server.client.execute({ sql: 'update workspaces set version = ? where id = ?', args: [head, workspaceId] });
  return {
    ...server,
    rows,
    head,
    workspaceId,
    userId,
    remove: async () => {
      await server.close();
      dir.remove();
    },
  };
}
