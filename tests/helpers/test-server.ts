import { join } from 'node:path';
import { parseEnv } from '../../server/env';
import { startServer } from '../../server/start-server';
import type { Session } from '../../extension/sync/session';
import { ADMIN } from './test-app';
import { OFFLINE_REGISTERS } from './offline-registers';
import { tempDir } from './temp-dir';

/** The real server over HTTP on a loopback port and a fresh libSQL file. */
export async function startTestServer(overrides: Record<string, string> = {}) {
  const dir = tempDir('fjord-srv-');
  const env = parseEnv({
    PORT: '0',
    DATABASE_URL: `file:${join(dir.path, 'fjord.db')}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO: 'false',
    DASHBOARD_DIR: join(dir.path, 'none'),
    ...OFFLINE_REGISTERS,
    ...overrides,
  });
  const server = await startServer(env);
  return { ...server, dir, env };
}

/** Signs in over HTTP and returns what the extension would store as its session. */
export async function signIn(url: string, email = ADMIN.email, password = ADMIN.password): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as {
    token: string;
    user: { id: string; email: string; role: 'admin' | 'member' };
    workspace: { id: string; name: string };
  };
  return {
    serverUrl: url,
    token: body.token,
    userId: body.user.id,
    email: body.user.email,
    role: body.user.role,
    workspaceId: body.workspace.id,
    workspaceName: body.workspace.name,
  };
}
