import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { newId } from '../../shared/ids';
import { pushBody } from '../helpers/factories';
import { recordedServer } from '../helpers/recorded-http';
import { ADMIN, apiCaller, createTestApp, type ApiCall } from '../helpers/test-app';
import { ROUTES, type RouteRule } from './access-matrix';
import { CellLog, isErrorShape } from './matrix-cells';
import { matrixProbes } from './matrix-probes';
import { buildSecurityFixture, type Ids, type SecurityFixture, type TestApp } from './security-fixture';

type Content = Record<string, { schema?: unknown }>;
type DeclaredRoute = { method: string; path: string; responses: Record<string, { content?: Content }> };

/** `/api/companies/{id}` as the app's route table and the access matrix name it. */
const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`;

const isZod = (schema: unknown): schema is z.ZodType =>
  typeof (schema as { safeParse?: unknown } | undefined)?.safeParse === 'function';

/** Paths of the answer's object keys that its schema does not describe (a zod object drops them). */
function undocumented(raw: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((item, i) => undocumented(item, parsed[i], `${at}[${i}]`));
  if (raw && typeof raw === 'object' && parsed && typeof parsed === 'object') {
    const kept = parsed as Record<string, unknown>;
    return Object.entries(raw).flatMap(([key, value]) =>
      key in kept ? undocumented(value, kept[key], `${at}.${key}`) : [`${at}.${key}`],
    );
  }
  return [];
}

/**
 * Where the access matrix's request is one that must be refused or may fail (a register that is
 * down), the request that succeeds. The other public routes (a feed or unsubscribe token nobody
 * holds) are called as the matrix calls them, and their refusal is checked against what the
 * operation documents for it.
 */
const SUCCEEDING: Record<string, Partial<RouteRule>> = {
  'POST /api/auth/login': { body: () => ADMIN, ok: [200] },
  'POST /api/contacts': { body: () => ({ id: newId(), firstName: 'Per' }), ok: [201] },
  'POST /sync/push': { body: () => pushBody(newId(), [{ name: 'company.create', args: { id: newId(), name: 'Kontrakt AS' } }]) },
  'GET /api/registers/search': { path: () => '/api/registers/search?q=sesam&countries=NO', ok: [200] },
  'GET /api/registers/:country/:orgNumber': { path: () => '/api/registers/NO/112233445', ok: [200] },
  // Creditsafe needs a contract; the public signals read the register's flags (PREPARE gives the org number).
  'POST /api/credit/companies/:id/rate': { body: () => ({ provider: 'publicSignals' }), ok: [200] },
};

/** What must hold before the matrix's request can succeed: a link to remove, an org number the register knows. */
const PREPARE: Record<string, (call: ApiCall, ids: Ids) => Promise<unknown>> = {
  'DELETE /api/contacts/:id/companies/:companyId': (call, ids) =>
    call('POST', `/api/contacts/${ids.contact}/companies`, { companyId: ids.linkCompany }),
  'POST /api/credit/companies/:id/rate': (call, ids) =>
    call('PATCH', `/api/companies/${ids.company}`, { orgNumber: '923609016' }),
};

/** Brønnøysund's recorded answers for the register and credit operations above, served on 127.0.0.1. */
const brregFixture = (name: string) => ({ file: resolve('tests/fixtures/registers/brreg', `${name}.json`) });
const BRREG = {
  'GET /enheter?navn=sesam&size=10': brregFixture('enheter-search-page1-response'),
  'GET /enheter/112233445': brregFixture('enheter-details-response'),
  // The rated company's unit (its org number must pass the check digit; the rating reads only the flags).
  'GET /enheter/923609016': brregFixture('enheter-details-response'),
  'GET /underenheter?overordnetEnhet=112233445&size=200&page=0': brregFixture('underenheter-search-empty-response'),
};

/**
 * The contract of issue 14: every route is declared from a shared operation (shared/api/), and
 * every operation, called as someone who may call it with objects they may see (the access
 * matrix's own requests), answers with a documented status whose body its schema accepts whole.
 */
describe('API contract', () => {
  let t: TestApp;
  let fx: SecurityFixture;
  let brreg: Awaited<ReturnType<typeof recordedServer>>;
  const log = new CellLog();

  beforeAll(async () => {
    brreg = await recordedServer(BRREG);
    t = await createTestApp({ BRREG_URL: brreg.url });
    fx = await buildSecurityFixture(t);
  });
  afterAll(() => {
    console.log(`api contract: ${log.cells.length} operations called, ${log.cells.filter((c) => !c.pass).length} failures`);
    t?.close();
    brreg?.close();
  });

  const declared = (): DeclaredRoute[] =>
    t.app.openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [d.route as unknown as DeclaredRoute] : []));

  it('declares every route of the app from a shared operation', () => {
    const keys = new Set(declared().map(routeKey));
    const mounted = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];
    const handWritten = mounted.filter((k) => /^\w+ \/(api|sync|calendar|unsubscribe)\//.test(k) && !keys.has(k));
    expect(handWritten, 'routes not declared from shared/api operations').toEqual([]);
  });

  it('answers every operation with a documented status and a body its schema accepts', async () => {
    const probes = matrixProbes(t, fx, log);
    const freshIds = async () => ({ ...(await fx.objectSet(fx.callers.admin)), member: (await t.addUser('member')).id });
    const readIds = await freshIds();
    for (const route of declared()) {
      const key = routeKey(route);
      const rule = ROUTES[key] && { ...ROUTES[key], ...SUCCEEDING[key] };
      if (!rule) {
        log.add(`contract ${key}`, 'an access-matrix entry to call it with', 'none', false);
        continue;
      }
      // A fresh set per write: a delete or a merge must not take what the next operation names.
      const ids = route.method === 'get' ? readIds : await freshIds();
      const token = rule.who === 'public' ? null : rule.endsSession ? (await t.addUser('admin')).token : fx.callers.admin.token;
      await PREPARE[key]?.(apiCaller(t.app, fx.callers.admin.token), ids);
      const res = await probes.sendRaw(key, rule, ids, token);
      const declaredAnswer = route.responses[String(res.status)];
      const problems: string[] = [];
      const refusalExpected = rule.ok.every((status) => status >= 400);
      if (res.status >= 400) {
        const text = await res.text();
        const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
        // A refusal an operation documents as a page of its own (the unsubscribe page in HTML).
        const ownPage = declaredAnswer?.content && type in declaredAnswer.content && type !== 'application/json';
        if (!refusalExpected || !rule.ok.includes(res.status)) problems.push(`status ${res.status} ${text.slice(0, 200)}`);
        else if (!ownPage && !isErrorShape(text)) problems.push('refusal not in the documented error shape');
      } else if (!declaredAnswer) problems.push(`undocumented status ${res.status}`);
      else {
        const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
        const content = declaredAnswer.content ?? {};
        const schema = content[type]?.schema;
        if (Object.keys(content).length > 0 && !(type in content)) problems.push(`content-type ${type || 'none'}`);
        if (type === 'text/event-stream') await res.body?.cancel();
        else if (isZod(schema) && type === 'application/json') {
          const body: unknown = await res.json();
          const parsed = schema.safeParse(body);
          if (!parsed.success)
            problems.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`)}`);
          else
            problems.push(
              ...undocumented(body, parsed.data)
                .slice(0, 5)
                .map((p) => `undocumented ${p}`),
            );
        } else await res.arrayBuffer();
      }
      log.add(
        `contract ${key}`,
        'documented status, body fits its schema',
        problems.join('; ') || `${res.status}`,
        problems.length === 0,
      );
    }
    expect(log.failures('contract')).toEqual([]);
  });
});
