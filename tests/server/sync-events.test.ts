import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readVersionEvents } from '../../extension/sync/version-event-stream';
import type { Session } from '../../extension/sync/session';
import { newId } from '../../shared/ids';
import { companyArgs, pushBody } from '../helpers/factories';
import { signIn, startTestServer } from '../helpers/test-server';

describe('GET /sync/events', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let session: Session;
  beforeEach(async () => {
    server = await startTestServer();
    session = await signIn(server.url);
  });
  afterEach(async () => {
    await server.close();
    server.dir.remove();
  });

  it('sends the current version at once and the new one within a second of a push', async () => {
    const controller = new AbortController();
    const versions: { version: number; at: number }[] = [];
    const listening = readVersionEvents(session, controller.signal, async (version) => {
      versions.push({ version, at: Date.now() });
    }).catch(() => undefined);
    while (versions.length === 0) await new Promise((r) => setTimeout(r, 10));
    const before = versions[0]!.version; // a new workspace starts at 1: its default settings lists

    const pushedAt = Date.now();
    const res = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(pushBody(newId(), [{ name: 'company.create', args: companyArgs() }])),
    });
    expect(res.status).toBe(200);
    while (versions.length < 2 && Date.now() - pushedAt < 1000) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await listening;
    expect(versions[1]?.version).toBe(before + 1);
    expect(versions[1]!.at - pushedAt).toBeLessThan(1000);
  });

  it('refuses a caller without a token', async () => {
    const res = await fetch(`${server.url}/sync/events`);
    expect(res.status).toBe(401);
  });
});
