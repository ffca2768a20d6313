import type { Change, PushResponse } from '../../shared/sync/protocol';
import { newId } from '../../shared/ids';
import { pushBody } from '../helpers/factories';
import type { RouteRule } from './access-matrix';
import { isErrorShape, leaked, type CellLog } from './matrix-cells';
import type { Caller, CallerName, Ids, ObjectKind, SecurityFixture, TestApp } from './security-fixture';

export const CALLERS: CallerName[] = ['outsider', 'member', 'admin'];
export const split = (key: string) => key.split(' ') as [string, string];

/**
 * How the matrix asks and judges: one request per cell against the real app, the checks every
 * refused request must pass (status, error shape, no secret, W1 untouched), and the pull cells.
 */
export function matrixProbes(t: TestApp, fx: SecurityFixture, log: CellLog) {
  /** The headers of every answer per route, for the header cells. */
  const headersSeen = new Map<string, Headers[]>();

  /** The object class a cell is about, for its name. */
  function objectOf(caller: CallerName, rule: { who?: string; target?: ObjectKind }, role: 'hidden' | 'role'): string {
    if (role === 'role') return 'adminSetting';
    if (caller === 'outsider') return 'otherWorkspace';
    return (
      { note: 'privateNote', emailLog: 'blockedEmail', selection: 'privateSelection', calendarFeed: 'privateFeed' }[
        rule.target as string
      ] ?? rule.target!
    );
  }

  async function send(key: string, rule: RouteRule, ids: Ids, token: string | null) {
    const res = await sendRaw(key, rule, ids, token);
    return { status: res.status, text: await res.text(), path: res.requestPath };
  }

  /** The request a rule describes, answered as a Response (the contract test reads its type and body). */
  async function sendRaw(key: string, rule: RouteRule, ids: Ids, token: string | null) {
    const [method, route] = split(key);
    const path = rule.path ? rule.path(ids) : route.replace(/:id\b/, rule.target ? ids[rule.target] : newId());
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let body: BodyInit | undefined;
    if (rule.raw) {
      headers['content-type'] = rule.raw.contentType;
      body = rule.raw.bytes() as unknown as BodyInit;
    } else if (rule.body) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(rule.body(ids));
    }
    const res = await t.app.request(path, { method, headers, body });
    const seen = headersSeen.get(key) ?? [];
    headersSeen.set(key, [...seen, res.headers]);
    return Object.assign(res, { requestPath: path });
  }

  /** A session of a throwaway user in the caller's place, for routes that end sessions or change passwords. */
  async function throwawayToken(caller: CallerName): Promise<string> {
    if (caller === 'outsider') return (await t.addUser('admin', fx.w2)).token;
    return (await t.addUser(caller === 'admin' ? 'admin' : 'member')).token;
  }

  /** A refused request: the stated status, the error shape, no secret, and W1 exactly as it was. */
  async function refusedCell(
    name: string,
    expected: number[],
    secrets: string[],
    run: () => Promise<{ status: number; text: string; path: string }>,
  ) {
    const before = await fx.w1State();
    const res = await run();
    const after = await fx.w1State();
    const problems: string[] = [];
    if (!expected.includes(res.status)) problems.push(`status ${res.status}`);
    const api = /^\/(api|sync)\//.test(res.path);
    if (res.status >= 400 && api && !isErrorShape(res.text)) problems.push('not the error shape');
    const leaks = leaked(res.text, secrets);
    if (leaks.length) problems.push(`leaked ${leaks.join(', ')}`);
    if (after.version !== before.version) problems.push(`W1 version ${before.version}→${after.version}`);
    if (after.audit !== before.audit) problems.push(`${after.audit - before.audit} audit line(s)`);
    log.add(
      name,
      `${expected.join('/')}, no secret, nothing changed`,
      problems.join('; ') || `${res.status}`,
      problems.length === 0,
    );
  }

  async function pushCell(cellName: string, caller: Caller, name: string, args: unknown, reasons: string[], secrets: string[]) {
    const before = await fx.w1State();
    const res = await t.app.request('/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(pushBody(newId(), [{ name, args }])),
    });
    const text = await res.text();
    const after = await fx.w1State();
    const problems: string[] = [];
    if (res.status !== 200) problems.push(`HTTP ${res.status} ${text.slice(0, 200)}`);
    else {
      const result = (JSON.parse(text) as PushResponse).results[0]!;
      if (result.status !== 'rejected') problems.push(result.status);
      else if (!reasons.includes(result.reason)) problems.push(`rejected ${result.reason}: ${result.message}`);
    }
    const leaks = leaked(text, secrets);
    if (leaks.length) problems.push(`leaked ${leaks.join(', ')}`);
    if (after.version !== before.version) problems.push(`W1 version ${before.version}→${after.version}`);
    if (after.audit !== before.audit) problems.push(`${after.audit - before.audit} audit line(s)`);
    log.add(cellName, `rejected ${reasons.join('/')}, nothing changed`, problems.join('; ') || 'rejected', problems.length === 0);
  }

  /** Every page from cursor 0: hidden records never `put`, no secret anywhere, the admin still gets the blocked e-mail. */
  async function pullCells(phase: string) {
    for (const caller of CALLERS) {
      const probe = fx.probes[caller];
      const changes: Change[] = [];
      let cursor = 0;
      let text = '';
      for (let page = 0; page < 50; page++) {
        const res = await fx.callers[caller].call('GET', `/sync/pull?protocolVersion=1&cursor=${cursor}&limit=200`);
        text += JSON.stringify(res.body);
        changes.push(...(res.body.changes as Change[]));
        cursor = res.body.cursor;
        if (!res.body.more) break;
      }
      const put = (id: string) => changes.some((c) => c.type === 'put' && c.row.id === id);
      const leaks = leaked(text, probe.secrets);
      // Each object's cell looks for its own marker, so a failure names what leaked.
      const m = fx.markers;
      const mine = (markers: string[]) =>
        leaked(
          text,
          markers.filter((x) => probe.secrets.includes(x)),
        );
      const cell = (object: string, expected: string, pass: boolean, got: string) =>
        log.add(`pull ${phase} ${caller} × ${object}`, expected, got, pass);
      const noteHidden = caller === 'member' ? fx.hidden.adminNote : fx.hidden.memberNote;
      const noteLeaks = mine([m.adminNote, m.memberNote]);
      cell(
        'privateNote',
        'remove or absent, no text',
        !put(noteHidden) && noteLeaks.length === 0,
        put(noteHidden) ? 'put' : noteLeaks.length ? `leaks ${noteLeaks}` : 'not put',
      );
      const mailPut = put(fx.hidden.blockedMail);
      const mailLeaks = mine([m.mail]);
      cell(
        'blockedEmail',
        caller === 'admin' ? 'put (admins see it)' : 'remove or absent, no text',
        caller === 'admin' ? mailPut : !mailPut && mailLeaks.length === 0,
        `${mailPut ? 'put' : 'not put'}${mailLeaks.length ? `, leaks ${mailLeaks}` : ''}`,
      );
      const selectionLeaks = mine([m.adminSelection, m.memberSelection]);
      cell(
        'privateSelection',
        'absent (REST only)',
        selectionLeaks.length === 0,
        selectionLeaks.length ? `leaks ${selectionLeaks}` : 'absent',
      );
      const listItem = fx.visible.admin.listItem;
      cell(
        'adminSetting',
        caller === 'outsider' ? 'absent' : 'put (read-only)',
        caller === 'outsider' ? !put(listItem) : put(listItem),
        put(listItem) ? 'put' : 'not put',
      );
      const own = caller === 'outsider' ? fx.w2 : fx.w1;
      const foreign = changes.filter((c) => c.type === 'put' && c.row.workspaceId !== own);
      const workspaceLeaks = mine([m.workspace, m.otherWorkspace]);
      cell(
        'otherWorkspace',
        'no record of another workspace',
        foreign.length === 0 && workspaceLeaks.length === 0,
        `${foreign.length} foreign${workspaceLeaks.length ? `, leaks ${workspaceLeaks}` : ''}`,
      );
      cell(
        'every secret',
        'none of the caller’s secrets anywhere in the pages',
        leaks.length === 0,
        leaks.length ? `leaks ${leaks}` : 'none',
      );
    }
  }

  /** A GET whose answer is read only if it is not a stream (a 401 is not). */
  async function requestOnce(path: string, token: string) {
    const res = await t.app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 200) {
      await res.body?.cancel();
      return { status: 200, text: '' };
    }
    return { status: res.status, text: await res.text() };
  }

  return { headersSeen, objectOf, send, sendRaw, throwawayToken, refusedCell, pushCell, pullCells, requestOnce };
}
