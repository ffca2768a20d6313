import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env';
import { startServer } from '../../server/start-server';
import { newId } from '../../shared/ids';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';
import { companyArgs, contactArgs, pushBody } from '../helpers/factories';
import { startSqld, type Sqld } from '../helpers/sqld';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';

type Server = Awaited<ReturnType<typeof startServer>>;

const journal = JSON.parse(readFileSync(new URL('../../server/db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: { when: number }[];
};

/** The production entry point, unchanged, pointed at a remote database. */
function startFjord(databaseUrl: string): Promise<Server> {
  return startServer(
    parseEnv({
      PORT: '0',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DASHBOARD_DIR: join(tmpdir(), `fjord-no-dashboard-${newId()}`),
    }),
  );
}

async function call<T>(method: string, url: string, token: string, body?: unknown): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

describe.each(['http', 'ws'] as const)('the server on a libSQL server (sqld) reached over %s://', (scheme) => {
  let sqld: Sqld | undefined;
  let databaseUrl: string;
  let server: Server | undefined;
  let firstStart: Server['first'];
  // A second connection that looks at the database behind the server's back.
  let direct: Client | undefined;

  beforeAll(async () => {
    sqld = await startSqld();
    databaseUrl = scheme === 'http' ? sqld.httpUrl : sqld.wsUrl;
    direct = createClient({ url: sqld.httpUrl });
    server = await startFjord(databaseUrl);
    firstStart = server.first;
  }, 30_000);

  afterAll(async () => {
    direct?.close();
    try {
      await server?.close();
    } finally {
      await sqld?.stop();
    }
  });

  const count = async (table: 'users' | 'workspaces') =>
    Number((await direct!.execute(`select count(*) as n from ${table}`)).rows[0]!.n);
  const pull = async (token: string, cursor = 0) =>
    (await call<PullResponse>('GET', `${server!.url}/sync/pull?protocolVersion=1&cursor=${cursor}`, token)).body;
  const push = (token: string, body: unknown) => call<PushResponse>('POST', `${server!.url}/sync/push`, token, body);

  it('applies the committed migrations and creates one workspace with its admin on first start', async () => {
    expect(firstStart).toMatchObject({ email: ADMIN.email, password: null });
    const applied = await direct!.execute('select created_at from __drizzle_migrations order by id');
    expect(applied.rows.map((r) => Number(r.created_at))).toEqual(journal.entries.map((e) => e.when));
    expect(await count('workspaces')).toBe(1);
    expect(await count('users')).toBe(1);
  });

  it('signs the admin in and accepts the session token', async () => {
    const session = await signIn(server!.url);
    expect(session).toMatchObject({ email: ADMIN.email, userId: firstStart!.userId, workspaceId: firstStart!.workspaceId });
    const me = await call<{ user: { email: string } }>('GET', `${server!.url}/api/auth/me`, session.token);
    expect(me.status).toBe(200);
  });

  it('applies a company, a contact and their link in one push, answers its retry as duplicates, and serves them to pull and the REST list', async () => {
    const { token } = await signIn(server!.url);
    const before = (await pull(token)).cursor;
    const company = companyArgs({ orgNumber: '923 609 016' });
    const contact = contactArgs();
    const body = pushBody(newId(), [
      { name: 'company.create', args: company },
      { name: 'contact.create', args: contact },
      { name: 'contact.linkCompany', args: { id: newId(), contactId: contact.id, companyId: company.id, position: 'CFO' } },
    ]);

    const first = await push(token, body);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // The rows are in sqld itself, seen through another connection.
    const stored = await direct!.execute({ sql: 'select name from companies where id = ?', args: [company.id] });
    expect(stored.rows.map((r) => r.name)).toEqual([company.name]);
    const retry = await push(token, body);
    expect(retry.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    const pulled = await pull(token, before);
    expect(pulled.cursor).toBe(before + 1);
    expect(pulled.changes.map((c) => c.type === 'put' && [c.entity, c.row.id])).toEqual(
      expect.arrayContaining([
        ['company', company.id],
        ['contact', contact.id],
      ]),
    );
    expect(pulled.changes).toHaveLength(3);
    expect(pulled.changes.find((c) => c.entity === 'company')).toMatchObject({
      row: { name: company.name, orgNumber: '923609016', version: before + 1 },
    });
    expect(pulled.changes.find((c) => c.entity === 'contactCompany')).toMatchObject({
      row: { position: 'CFO', isPrimary: true },
    });

    const list = await call<{ items: { id: string }[] }>(
      'GET',
      `${server!.url}/api/companies?q=${encodeURIComponent(company.name)}`,
      token,
    );
    expect(list.body.items.map((c) => c.id)).toEqual([company.id]);
    const card = await call<{ contacts: unknown[] }>('GET', `${server!.url}/api/companies/${company.id}`, token);
    expect(card.body.contacts).toMatchObject([{ contact: { id: contact.id }, position: 'CFO' }]);
  });

  it('applies concurrent pushes from several clients, one version each', async () => {
    const { token } = await signIn(server!.url);
    const before = (await pull(token)).cursor;
    const companies = Array.from({ length: 5 }, () => companyArgs());
    const responses = await Promise.all(
      companies.map((c) => push(token, pushBody(newId(), [{ name: 'company.create', args: c }]))),
    );
    expect(responses.map((r) => r.body.results[0]?.status)).toEqual(Array(5).fill('applied'));
    const pulled = await pull(token, before);
    expect(pulled.cursor).toBe(before + 5);
    const versions = pulled.changes.map((c) => c.type === 'put' && c.row.version);
    expect(new Set(versions).size).toBe(5);
  });

  it('keeps the records, the admin and its sessions when the server restarts, and creates no second admin', async () => {
    const before = await signIn(server!.url);
    const company = companyArgs();
    const created = await call<{ company: { id: string } }>('POST', `${server!.url}/api/companies`, before.token, {
      name: company.name,
    });
    expect(created.status).toBe(201);
    const everything = await pull(before.token);
    expect(everything.changes.map((c) => c.type === 'put' && c.row.id)).toContain(created.body.company.id);

    await server!.close();
    server = await startFjord(databaseUrl);

    expect(server.first).toBeNull();
    expect(await count('workspaces')).toBe(1);
    expect(await count('users')).toBe(1);
    expect((await call('GET', `${server.url}/api/auth/me`, before.token)).status).toBe(200);
    const after = await signIn(server.url);
    expect(after).toMatchObject({ userId: before.userId, workspaceId: before.workspaceId });
    const list = await call<{ items: { name: string }[] }>(
      'GET',
      `${server.url}/api/companies?q=${encodeURIComponent(company.name)}`,
      after.token,
    );
    expect(list.body.items.map((c) => c.name)).toEqual([company.name]);
    expect(await pull(after.token)).toEqual(everything);
  });
});
