import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { loginThrottles, users } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import { pushBody } from '../helpers/factories';
import { ADMIN, apiCaller, createTestApp } from '../helpers/test-app';
import { isErrorShape } from './matrix-cells';
import { nasty, pathParam, prng, spoil, valid, type JsonSchema, type Rng } from './fuzz-values';

type Operation = {
  path: string;
  method: string;
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};

/** A refusal an operation documents as a page of its own (the unsubscribe page in HTML), not in the error shape. */
function ownPage(op: Operation | undefined, res: Response): boolean {
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const content = op?.responses?.[String(res.status)]?.content ?? {};
  return type !== 'application/json' && type in content;
}

/** Documented 5xx: a provider the server has no configuration for (503), or one it cannot reach in tests (502). */
const DOCUMENTED_5XX: Record<number, string[]> = {
  502: ['registerUnavailable', 'creditUnavailable'],
  503: ['mailNotConfigured', 'mailUnavailable', 'creditUnavailable'],
};
const BODY_LIMIT = 256 * 1024;
const TARGET_REQUESTS = 5200;
// Routes that end the caller's own session: fuzzed with a throwaway session so the run keeps its callers.
const ENDS_SESSION = ['/api/auth/logout', '/api/auth/logout-all', '/api/auth/password'];

/**
 * Fuzzing from the generated OpenAPI document and the mutation schemas: thousands of bodies and
 * query strings close to valid but spoiled at one spot (wrong types, huge strings on both sides
 * of the body limit, deep nesting, NUL bytes, `__proto__` keys, SQL metacharacters, unicode,
 * numbers out of range, ids that are none), as an admin and as a member, to every operation and
 * through /sync/push. No 5xx but the documented ones; every 4xx in the one error shape.
 */
describe('fuzzing the API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const rng: Rng = prng(seed);
  const problems: string[] = [];
  let requests = 0;
  let serverErrors = 0;
  let pushed = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  });
  afterAll(() => {
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.log(
      `fuzz: ${requests} requests (${pushed} mutations pushed), seed ${seed}, 5xx: ${serverErrors} [${byStatus.join(' ')}]`,
    );
    t?.close();
  });

  it('answers every generated request with a 4xx in the error shape or a success, never an undocumented 5xx, and stays healthy', async () => {
    const adminToken = await t.login();
    const member = await t.addUser('member');
    const tokens = { admin: adminToken, member: member.token };
    const memberHash = await hashPassword(ADMIN.password);
    const call = apiCaller(t.app, adminToken);

    // Real records, so ids in paths and bodies often name something and requests get past "not found".
    const ids: string[] = [newId(), member.id];
    for (let i = 0; i < 4; i++) {
      const company = (await call('POST', '/api/companies', { name: `Fuzz ${i} AS`, country: 'NO' })).body.company.id as string;
      const contact = (await call('POST', '/api/contacts', { firstName: 'Fuzz', lastName: `${i}` })).body.contact.id as string;
      const note = (
        await call('POST', '/api/notes', { body: 'n', isPrivate: i % 2 === 0, companyIds: [company], contactIds: [] })
      ).body.item.id as string;
      ids.push(company, contact, note);
    }
    const lists = (await call('GET', '/api/settings/lists')).body.items as { id: string }[];
    ids.push(...lists.slice(0, 5).map((l) => l.id));

    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ ...op, path, method: method.toUpperCase() })),
    );
    const mutationSchemas = Object.entries(doc.components.schemas)
      .filter(([name]) => name.startsWith('mutation.'))
      .map(([name, schema]) => ({ name: name.slice('mutation.'.length), schema }));
    expect(operations.length).toBeGreaterThan(80);
    expect(mutationSchemas.length).toBeGreaterThan(40);

    const bad = () => nasty(rng, { below: BODY_LIMIT - 4096, above: BODY_LIMIT + 4096 });

    /** A signed-in caller again, whatever the fuzzer did to it (signed out, deactivated, new password). */
    async function revive(who: 'admin' | 'member') {
      const email = who === 'admin' ? ADMIN.email : member.email;
      await t.db
        .update(users)
        .set({ active: true, deactivatedAt: null, passwordHash: memberHash, role: who })
        .where(eq(users.email, email));
      // Fuzzed password changes with a wrong current password count as failed sign-ins for this e-mail.
      await t.db.delete(loginThrottles);
      tokens[who] = await t.login(email, ADMIN.password);
    }

    /** A second session of the caller for a route that ends it; the fuzzer may have changed its password meanwhile. */
    async function throwawaySession(who: 'admin' | 'member') {
      await revive(who);
      return t.login(who === 'admin' ? ADMIN.email : member.email, ADMIN.password);
    }

    async function check(label: string, res: Response, op?: Operation) {
      requests += 1;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      if (res.status >= 500) {
        let code = '';
        try {
          code = (JSON.parse(text) as { error: { code: string } }).error.code;
        } catch {
          /* not JSON: undocumented either way */
        }
        if (!(DOCUMENTED_5XX[res.status] ?? []).includes(code)) {
          serverErrors += 1;
          problems.push(`${res.status} ${label} → ${text.slice(0, 300)}`);
        }
      } else if (res.status >= 400 && !isErrorShape(text) && !ownPage(op, res)) {
        problems.push(`${res.status} not in the error shape: ${label} → ${text.slice(0, 200)}`);
      }
      return res.status;
    }

    // A bound for a very slow machine, under the project's test timeout; a normal run takes 20–40 s.
    const deadline = Date.now() + 180_000;
    let round = 0;
    while (requests < TARGET_REQUESTS && Date.now() < deadline) {
      round += 1;
      for (const op of operations) {
        // The event stream never ends by itself; its cells are in the access matrix.
        if (op.path === '/sync/events') continue;
        const who = rng.chance(0.5) ? 'admin' : 'member';
        const ends = ENDS_SESSION.includes(op.path);
        const token = ends ? await throwawaySession(who) : tokens[who];
        let path = op.path.replace(/\{(\w+)\}/g, () => pathParam(rng, ids));
        const query = new URLSearchParams();
        for (const p of op.parameters ?? []) {
          if (p.in !== 'query' || rng.chance(0.3)) continue;
          const value = rng.chance(0.5) ? valid(p.schema, rng, ids, p.name) : bad();
          query.append(p.name, typeof value === 'string' ? value : JSON.stringify(value).slice(0, 5000));
          if (rng.chance(0.1)) query.append(p.name, String(rng.pick(ids)));
        }
        if (rng.chance(0.1))
          query.append(
            rng.pick(['__proto__', 'constructor[prototype]', 'cursor', 'limit', 'sort']),
            String(bad()).slice(0, 2000),
          );
        if (query.size) path += `?${query}`;
        const types = Object.keys(op.requestBody?.content ?? {});
        const schema = op.requestBody?.content['application/json']?.schema;
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        let body: string | Uint8Array | undefined;
        if (schema) {
          body = JSON.stringify(spoil(valid(schema, rng, ids), rng, bad));
          headers['content-type'] = rng.chance(0.97)
            ? 'application/json'
            : rng.pick(['text/plain', 'application/x-www-form-urlencoded', '']);
        } else if (types.length) {
          // An upload: bytes that are not what their type says, or nothing.
          body = Uint8Array.from({ length: rng.int(3000) }, () => rng.int(256));
          headers['content-type'] = rng.chance(0.7)
            ? rng.pick(types)
            : rng.pick(['text/html', 'image/svg+xml', 'application/octet-stream']);
        }
        const label = `${who} ${op.method} ${path.slice(0, 200)} body ${String(body).slice(0, 200)}`;
        const status = await check(
          label,
          await t.app.request(path, { method: op.method, headers, body: body as BodyInit | undefined }),
          op,
        );
        if (status === 401 && !ends && !op.path.startsWith('/api/auth/login')) await revive(who);
      }

      // Mutations through /sync/push: a batch of spoiled args per request.
      for (let i = 0; i < 10; i++) {
        const who = rng.chance(0.5) ? 'admin' : 'member';
        const batch = Array.from({ length: 1 + rng.int(20) }, () => {
          const m = rng.pick(mutationSchemas);
          const args = rng.chance(0.15) ? valid(m.schema, rng, ids) : spoil(valid(m.schema, rng, ids), rng, bad);
          return { name: rng.chance(0.03) ? rng.pick(['__proto__', 'constructor', 'company.hack', '']) : m.name, args };
        });
        pushed += batch.length;
        const envelope = pushBody(newId(), batch, rng.chance(0.05) ? rng.pick([0, -1, 2 ** 53]) : 1);
        const body = JSON.stringify(rng.chance(0.05) ? spoil(envelope, rng, bad) : envelope);
        const status = await check(
          `${who} push ${body.slice(0, 300)}`,
          await t.app.request('/sync/push', {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
            body,
          }),
        );
        if (status === 401) await revive(who);
      }
      if (round > 200) break;
    }

    // Healthy after: the health check answers, and a normal create and read still work.
    await revive('admin');
    expect((await t.app.request('/api/health')).status).toBe(200);
    const after = apiCaller(t.app, tokens.admin);
    const created = await after('POST', '/api/companies', { name: 'After the storm AS', country: 'NO' });
    expect(created.status).toBe(201);
    expect((await after('GET', `/api/companies/${created.body.company.id}`)).body.company.name).toBe('After the storm AS');

    expect(requests, `seed ${seed}`).toBeGreaterThanOrEqual(5000);
    expect(problems, `seed ${seed} (FUZZ_SEED=${seed} reproduces)`).toEqual([]);
  });
});
