import { mkdirSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaces } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import { mutations } from '../../shared/mutations/registry';
import { pushBody } from '../helpers/factories';
import { createTestApp } from '../helpers/test-app';
import { PLANNED_ROUTES, ROUTES } from './access-matrix';
import { CellLog, leaked, readStream } from './matrix-cells';
import { CALLERS, matrixProbes, split } from './matrix-probes';
import { MUTATIONS } from './mutation-matrix';
import { buildSecurityFixture, type CallerName, type Ids, type SecurityFixture, type TestApp } from './security-fixture';

/**
 * The permanent access matrix of issue 13: every route and every mutation × {another workspace's
 * admin, a member, an admin} (and no session) × {REST, /sync/push, /sync/pull, /sync/events} ×
 * {a private note, a blocked contact's e-mail, a private saved selection, an admin-only setting,
 * another workspace's records}. Each cell states what the issue promises; the run prints how many
 * cells there are and how many fail.
 */
describe('access matrix', () => {
  let t: TestApp;
  let fx: SecurityFixture;
  const log = new CellLog();
  const streams: Partial<Record<CallerName, ReturnType<typeof readStream> & { openedAt: number }>> = {};
  let probes: ReturnType<typeof matrixProbes>;

  beforeAll(async () => {
    t = await createTestApp();
    fx = await buildSecurityFixture(t);
    probes = matrixProbes(t, fx, log);
  });
  afterAll(async () => {
    for (const s of Object.values(streams)) await s?.close();
    const failed = log.cells.filter((c) => !c.pass).length;
    console.log(`access matrix: ${log.cells.length} cells, ${failed} failures`);
    // Every cell with what it expected and got, for whoever quotes or reviews the matrix.
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/security-matrix.json', JSON.stringify(log.cells, null, 1));
    t?.close();
  });

  it('has an entry for every route of the app and every mutation of the registry', () => {
    const mounted = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const undeclared = [...mounted].filter((k) => !ROUTES[k]);
    const stale = Object.keys(ROUTES).filter((k) => !mounted.has(k) && !PLANNED_ROUTES.includes(k));
    const names = Object.keys(mutations);
    const undeclaredMutations = names.filter((n) => !MUTATIONS[n]);
    const staleMutations = Object.keys(MUTATIONS).filter((n) => !names.includes(n));
    log.add('coverage routes', 'every mounted route declared', undeclared.join(', ') || 'all', undeclared.length === 0);
    log.add(
      'coverage mutations',
      'every mutation declared',
      undeclaredMutations.join(', ') || 'all',
      undeclaredMutations.length === 0,
    );
    expect(undeclared, 'routes with no entry in tests/security/access-matrix.ts').toEqual([]);
    expect(stale, 'entries for routes the app no longer has').toEqual([]);
    expect(undeclaredMutations, 'mutations with no entry in tests/security/mutation-matrix.ts').toEqual([]);
    expect(staleMutations).toEqual([]);
  });

  it('pull gives each caller a remove or nothing for what it may not see, never its content', async () => {
    await probes.pullCells('initial');
    expect(log.failures('pull initial')).toEqual([]);
  });

  it('refuses every REST route, for every caller, on what it may not see: the stated status, nothing changed, nothing leaked', async () => {
    // Streams opened now must hear nothing of W1 until the allowed writes: every request below is refused.
    for (const caller of CALLERS) {
      const res = await t.app.request('/sync/events', { headers: { authorization: `Bearer ${fx.callers[caller].token}` } });
      probes.headersSeen.set('GET /sync/events', [...(probes.headersSeen.get('GET /sync/events') ?? []), res.headers]);
      streams[caller] = Object.assign(readStream(res), { openedAt: (await fx.w1State()).version });
    }
    const everySecret = [...new Set(CALLERS.flatMap((c) => fx.probes[c].secrets))];
    for (const [key, rule] of Object.entries(ROUTES)) {
      if (rule.channel && key !== 'GET /sync/pull') continue;
      if (rule.who === 'public') {
        await probes.refusedCell(`REST anonymous ${key}`, rule.ok, everySecret, () =>
          probes.send(key, rule, fx.probes.outsider.ids, null),
        );
        for (const caller of CALLERS) {
          await probes.refusedCell(`REST ${caller} ${key} × public`, rule.ok, fx.probes[caller].secrets, () =>
            probes.send(key, rule, fx.probes[caller].ids, fx.callers[caller].token),
          );
        }
        continue;
      }
      await probes.refusedCell(`REST anonymous ${key}`, [401], everySecret, () =>
        probes.send(key, rule, fx.probes.outsider.ids, null),
      );
      for (const caller of CALLERS) {
        const probe = fx.probes[caller];
        const token = async () => (rule.endsSession ? probes.throwawayToken(caller) : fx.callers[caller].token);
        if (caller === 'member' && rule.who === 'admin') {
          await probes.refusedCell(`REST member ${key} × adminSetting`, [403], probe.secrets, async () =>
            probes.send(key, rule, fx.visible.member, await token()),
          );
        }
        const hidden = rule.target && probe.hiddenKinds.includes(rule.target);
        if (hidden) {
          await probes.refusedCell(
            `REST ${caller} ${key} × ${probes.objectOf(caller, rule, 'hidden')}`,
            rule.hidden ?? [404],
            probe.secrets,
            async () => probes.send(key, rule, probe.ids, await token()),
          );
        } else if (caller === 'outsider') {
          // Nothing of W1 named: the outsider acts in its own workspace, and W1 must not move or show.
          await probes.refusedCell(`REST outsider ${key} × ownWorkspace`, rule.ok, probe.secrets, async () =>
            probes.send(key, rule, probe.ids, await token()),
          );
        }
      }
    }
    expect(log.failures('REST')).toEqual([]);
  });

  it('rejects every mutation pushed on what the caller may not see: the stated reason, nothing changed, no audit line', async () => {
    for (const [name, rule] of Object.entries(MUTATIONS)) {
      for (const caller of CALLERS) {
        const probe = fx.probes[caller];
        const cells: { object: string; ids: Ids; reasons: string[] }[] = [];
        if (rule.serverOnly) cells.push({ object: 'ownRecords', ids: fx.visible[caller], reasons: ['forbidden'] });
        else if (caller === 'member' && rule.adminOnly)
          cells.push({ object: 'adminSetting', ids: fx.visible.member, reasons: ['forbidden'] });
        if (!rule.serverOnly && probe.hiddenKinds.includes(rule.target)) {
          cells.push({ object: probes.objectOf(caller, rule, 'hidden'), ids: probe.ids, reasons: rule.hidden ?? ['notFound'] });
        }
        for (const cell of cells) {
          await probes.pushCell(
            `push ${caller} ${name} × ${cell.object}`,
            fx.callers[caller],
            name,
            rule.args(cell.ids, true),
            cell.reasons,
            probe.secrets,
          );
        }
      }
    }
    expect(log.failures('push')).toEqual([]);
  });

  it('after the refused writes, pull still gives each caller a remove or nothing for what it may not see', async () => {
    await probes.pullCells('after');
    expect(log.failures('pull after')).toEqual([]);
  });

  it('sends on the event stream only version numbers of the caller’s own workspace, and nothing while every write is refused', async () => {
    const w2Version = async () => {
      const [ws] = await t.db.select({ version: workspaces.version }).from(workspaces).where(eq(workspaces.id, fx.w2));
      return ws!.version;
    };
    // Let the streams flush what they have.
    await new Promise((r) => setTimeout(r, 200));
    for (const caller of CALLERS) {
      const stream = streams[caller]!;
      const events = stream.events();
      const text = stream.text();
      const shapeOk = events.every((e) => typeof e === 'object' && e !== null && Object.keys(e).join() === 'version');
      const leaks = leaked(text, fx.probes[caller].secrets);
      const versions = events.map((e) => (e as { version: number }).version);
      let expectedVersions: string;
      let versionsOk: boolean;
      if (caller === 'outsider') {
        const head = await w2Version();
        expectedVersions = `only W2 versions (≤ ${head})`;
        versionsOk = versions.every((v) => v <= head);
      } else {
        expectedVersions = `only the version it opened at (${stream.openedAt})`;
        versionsOk = versions.length > 0 && versions.every((v) => v === stream.openedAt);
      }
      const pass = shapeOk && leaks.length === 0 && versionsOk;
      log.add(
        `events ${caller} × all objects`,
        `{version} events, ${expectedVersions}, no secret`,
        `${JSON.stringify(versions)}${leaks.length ? ` leaked ${leaks}` : ''}`,
        pass,
      );
    }
    expect(log.failures('events')).toEqual([]);
  });

  it('refuses every route with 401 to the session of a deactivated member and to a session ended by signing out everywhere', async () => {
    const leaver = await t.addUser('member');
    const signedOut = await t.addUser('member');
    const deactivated = await fx.callers.admin.call('PATCH', `/api/settings/members/${leaver.id}`, { active: false });
    log.add('offboarding deactivate', '200', `${deactivated.status}`, deactivated.status === 200);
    const ended = await t.app.request('/api/auth/logout-all', {
      method: 'POST',
      headers: { authorization: `Bearer ${signedOut.token}` },
    });
    log.add('offboarding logout-all', '200', `${ended.status}`, ended.status === 200);
    const everySecret = [...new Set(CALLERS.flatMap((c) => fx.probes[c].secrets))];
    for (const [who, token] of [
      ['deactivated', leaver.token],
      ['signedOut', signedOut.token],
    ] as const) {
      for (const [key, rule] of Object.entries(ROUTES)) {
        if (rule.who === 'public') continue;
        const path = key === 'GET /sync/events' ? '/sync/events' : undefined;
        await probes.refusedCell(`offboarding ${who} ${key}`, [401], everySecret, async () =>
          path ? { ...(await probes.requestOnce(path, token)), path } : probes.send(key, rule, fx.visible.member, token),
        );
      }
    }
    expect(log.failures('offboarding')).toEqual([]);
  });

  it('lets each caller do what its role allows, on what it may see (REST)', async () => {
    const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
    const depth = (key: string) => split(key)[1].split('/').length;
    const allowed = Object.entries(ROUTES)
      .filter(([, rule]) => rule.who !== 'public' && !rule.channel)
      .sort(
        ([a], [b]) =>
          order.indexOf(split(a)[0]) - order.indexOf(split(b)[0]) || (split(a)[0] === 'DELETE' ? depth(b) - depth(a) : 0),
      );
    for (const caller of ['member', 'admin'] as const) {
      for (const [key, rule] of allowed) {
        if (rule.who === 'admin' && caller === 'member') continue;
        const token = rule.endsSession ? await probes.throwawayToken(caller) : fx.callers[caller].token;
        const res = await probes.send(key, rule, fx.visible[caller], token);
        const leaks = leaked(res.text, fx.probes[caller].secrets);
        const pass = rule.ok.includes(res.status) && leaks.length === 0;
        log.add(
          `allowed REST ${caller} ${key}`,
          `${rule.ok.join('/')}`,
          `${res.status}${pass ? '' : ` ${res.text.slice(0, 160)}`}`,
          pass,
        );
      }
    }
    expect(log.failures('allowed REST')).toEqual([]);
  });

  it('applies every mutation pushed by a caller whose role allows it, on its own records', async () => {
    const sets = { member: await fx.objectSet(fx.callers.member), admin: await fx.objectSet(fx.callers.admin) };
    const deletesLast = Object.entries(MUTATIONS).sort(
      ([a], [b]) => Number(a.endsWith('.delete')) - Number(b.endsWith('.delete')),
    );
    for (const caller of ['member', 'admin'] as const) {
      for (const [name, rule] of deletesLast) {
        if ((rule.adminOnly && caller === 'member') || rule.serverOnly) continue;
        const res = await fx.callers[caller].call(
          'POST',
          '/sync/push',
          pushBody(newId(), [{ name, args: rule.args(sets[caller], false) }]),
        );
        const result = res.body.results?.[0];
        const pass = res.status === 200 && result?.status === 'applied';
        log.add(
          `allowed push ${caller} ${name}`,
          'applied',
          pass ? 'applied' : `${res.status} ${JSON.stringify(result ?? res.body).slice(0, 200)}`,
          pass,
        );
      }
    }
    expect(log.failures('allowed push')).toEqual([]);
  });

  it('answers every route, whoever asks and whatever the outcome, with nosniff, no framing and no referrer beyond its origin', () => {
    const referrers = ['same-origin', 'no-referrer', 'strict-origin', 'strict-origin-when-cross-origin'];
    for (const key of Object.keys(ROUTES)) {
      const answers = probes.headersSeen.get(key) ?? [];
      const wrong = answers.flatMap((h) => {
        const missing: string[] = [];
        if (h.get('x-content-type-options') !== 'nosniff') missing.push('nosniff');
        const framing =
          h.get('x-frame-options') === 'DENY' || /frame-ancestors 'none'/.test(h.get('content-security-policy') ?? '');
        if (!framing) missing.push('no framing');
        if (!referrers.includes(h.get('referrer-policy') ?? '')) missing.push(`referrer-policy ${h.get('referrer-policy')}`);
        return missing;
      });
      const pass = answers.length > 0 && wrong.length === 0;
      log.add(
        `headers ${key}`,
        'nosniff, no framing, same-origin referrer on every answer',
        pass ? `${answers.length} answers` : [...new Set(wrong)].join(', ') || 'no answers',
        pass,
      );
    }
    expect(log.failures('headers')).toEqual([]);
  });
});
