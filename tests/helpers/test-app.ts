import { OFFLINE_REGISTERS } from './offline-registers';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { hashPassword } from '../../server/auth/password';
import { bootstrap } from '../../server/bootstrap';
import { users, workspaces } from '../../server/db/schema';
import { parseEnv } from '../../server/env';
import { openDeps } from '../../server/open-deps';
import { newId } from '../../shared/ids';
import { tempDir } from './temp-dir';

export const ADMIN = { email: 'admin@example.no', password: 'correct horse battery' };

/** The real Hono app on a fresh libSQL file, with one workspace and its admin. */
export async function createTestApp(envOverrides: Record<string, string> = {}) {
  const dir = tempDir('fjord-app-');
  const env = parseEnv({
    DATABASE_URL: `file:${join(dir.path, 'test.db')}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DASHBOARD_DIR: join(dir.path, 'no-dashboard'),
    ...OFFLINE_REGISTERS,
    ...envOverrides,
  });
  const deps = await openDeps(env);
  const { db, client } = deps;
  const first = (await bootstrap(deps))!;
  const app = createApp(deps);
  // What a new workspace already holds (its default settings lists): tests count changes after it.
  const [workspace] = await db.select({ version: workspaces.version }).from(workspaces);
  const baseVersion = workspace!.version;

  async function login(email = ADMIN.email, password = ADMIN.password): Promise<string> {
    const res = await app.request('/api/auth/login', json('POST', { email, password }));
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  }

  /** Another user signed in: in this workspace by default, as a member unless told otherwise. */
  async function addUser(role: 'admin' | 'member' = 'member', workspaceId = first.workspaceId) {
    const id = newId();
    const email = `${role}-${id.slice(-8)}@example.dk`;
    await db.insert(users).values({
      id,
      workspaceId,
      email,
      name: `${role} ${id.slice(-4)}`,
      role,
      passwordHash: await hashPassword(ADMIN.password),
      createdAt: Date.now(),
    });
    return { id, email, token: await login(email, ADMIN.password) };
  }

  /** A second workspace with its own admin, to prove nothing crosses workspaces. */
  async function otherWorkspace() {
    const workspaceId = newId();
    await db.insert(workspaces).values({ id: workspaceId, name: 'Other', version: 0, createdAt: Date.now() });
    const user = await addUser('admin', workspaceId);
    return { workspaceId, userId: user.id, token: user.token };
  }

  return {
    app,
    deps,
    db,
    first,
    baseVersion,
    login,
    otherWorkspace,
    addUser,
    close: () => {
      client.close();
      dir.remove();
    },
  };
}

export function json(method: string, body: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

export function auth(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } };
}

export type ApiCall = (
  method: string,
  path: string,
  body?: unknown,
  as?: string,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: any }>;

/** JSON requests to the app as `token` (or `as`), answering `{ status, body }`. */
export function apiCaller(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  token: string,
): ApiCall {
  return async (method, path, body, as = token, headers = {}) => {
    const init = body === undefined ? auth(as, { method }) : json(method, body, as);
    init.headers = { ...(init.headers as Record<string, string>), ...headers };
    const res = await app.request(path, init);
    return { status: res.status, body: (await res.json()) as any };
  };
}
