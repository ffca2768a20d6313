import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companiesApi } from '../../shared/api/companies.api';
import { recordListApis } from '../../shared/api/record-list-apis';
import { ApiClient } from '../../extension/api/api-client';
import { openFjordDb, type FjordDb } from '../../extension/db/fjord-db';
import { getMeta } from '../../extension/db/meta';
import { command } from '../../extension/sync/command';
import { runCommands } from '../../extension/sync/commands';
import { actorOf, type Session } from '../../extension/sync/session';
import { SyncLoop } from '../../extension/sync/sync-loop';
import { pullChanges, pushOutbox } from '../../extension/sync/sync-engine';
import { DEFAULT_LIST_ITEMS } from '../../server/workspace-defaults';
import { newId } from '../../shared/ids';
import { companyArgs, contactArgs } from '../helpers/factories';
import { signIn, startTestServer } from '../helpers/test-server';

describe('extension sync against the real server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let session: Session;
  let db: FjordDb;
  beforeEach(async () => {
    server = await startTestServer();
    session = await signIn(server.url);
    db = openFjordDb(`test-${newId()}`);
  });
  afterEach(async () => {
    db.close();
    await server.close();
    server.dir.remove();
  });

  const actor = () => actorOf(session);
  const api = (s = session) => new ApiClient({ baseUrl: s.serverUrl, token: s.token });
  const serverCompanies = async () => (await api().call(recordListApis.company.list, { query: { limit: 500 } })).items;

  it('writes the row and its outbox entry in one transaction, pending until pushed', async () => {
    const company = companyArgs();
    await runCommands(db, actor(), [command('company.create', company)]);
    expect(await db.companies.get(company.id)).toMatchObject({ name: company.name, version: 0 });
    expect(await db.outbox.toArray()).toMatchObject([
      { mutationId: 1, name: 'company.create', refs: [{ entity: 'company', id: company.id }] },
    ]);
    await pushOutbox(db, api(), actor());
    expect(await db.outbox.count()).toBe(0);
    expect((await serverCompanies()).map((c) => c.id)).toEqual([company.id]);
  });

  it('leaves nothing behind when one command of a batch is invalid', async () => {
    const good = companyArgs();
    await expect(
      runCommands(db, actor(), [command('company.create', good), command('company.create', { id: newId(), name: '' })]),
    ).rejects.toThrow(/name/);
    expect(await db.companies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('delivers a save to a second client through pull, links included', async () => {
    const company = companyArgs();
    const contact = contactArgs();
    await runCommands(db, actor(), [
      command('company.create', company),
      command('contact.create', contact),
      command('contact.linkCompany', { id: newId(), contactId: contact.id, companyId: company.id, position: 'CTO' }),
    ]);
    await pushOutbox(db, api(), actor());
    const other = openFjordDb(`other-${newId()}`);
    const received = await pullChanges(other, api(await signIn(server.url)), actor());
    // The new workspace's default settings lists (version 1) come along, then the three records.
    expect(received).toBe(3 + DEFAULT_LIST_ITEMS.flatMap((l) => l.names).length);
    expect(await other.listItems.where('kind').equals('relationshipType').count()).toBe(6);
    expect(await other.contactCompanies.where('companyId').equals(company.id).first()).toMatchObject({
      position: 'CTO',
      contactId: contact.id,
    });
    expect(await getMeta(other, 'cursor')).toBe(2);
    other.close();
  });

  it('keeps the outbox while the server is down and drains it exactly once when it returns', async () => {
    const company = companyArgs();
    await runCommands(db, actor(), [command('company.create', company)]);
    const down = { ...session, serverUrl: 'http://127.0.0.1:9' };
    const loop = new SyncLoop(db, async () => down);
    await loop.kick();
    loop.stop();
    expect(await db.outbox.count()).toBe(1);
    expect(await getMeta(db, 'lastError')).toMatchObject({ code: 'offline' });
    const back = new SyncLoop(db, async () => session);
    await back.kick();
    back.stop();
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'lastError')).toBeNull();
    expect((await serverCompanies()).filter((c) => c.id === company.id)).toHaveLength(1);
  });

  it('applies a push whose response was lost only once when it is retried', async () => {
    await runCommands(db, actor(), [command('company.create', companyArgs()), command('company.create', companyArgs())]);
    let dropped = false;
    const losingFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (!dropped && String(input).endsWith('/sync/push')) {
        dropped = true;
        throw new TypeError('connection reset'); // the server applied it; the client never heard
      }
      return res;
    };
    const flaky = new ApiClient({ baseUrl: session.serverUrl, token: session.token, fetch: losingFetch });
    await expect(pushOutbox(db, flaky, actor())).rejects.toMatchObject({ code: 'offline' });
    expect(await db.outbox.count()).toBe(2);
    await pushOutbox(db, flaky, actor());
    expect(await db.outbox.count()).toBe(0);
    expect(await serverCompanies()).toHaveLength(2);
  });

  it('keeps a queued local edit visible when an older server copy of the row arrives', async () => {
    const company = companyArgs({ name: 'Before AS' });
    await runCommands(db, actor(), [command('company.create', company)]);
    await pushOutbox(db, api(), actor());
    await runCommands(db, actor(), [command('company.update', { id: company.id, patch: { name: 'Local edit AS' } })]);
    await pullChanges(db, api(), actor());
    expect((await db.companies.get(company.id))!.name).toBe('Local edit AS');
    await pushOutbox(db, api(), actor());
    await pullChanges(db, api(), actor());
    expect((await serverCompanies())[0]!.name).toBe('Local edit AS');
  });

  it('records a rejected mutation and restores the server state of what it touched', async () => {
    const company = companyArgs();
    await runCommands(db, actor(), [command('company.create', company)]);
    await pushOutbox(db, api(), actor());
    await api().call(companiesApi.remove, { params: { id: company.id } });
    await runCommands(db, actor(), [command('company.update', { id: company.id, patch: { phone: '+47 400 00 000' } })]);
    await pushOutbox(db, api(), actor());
    expect(await db.rejections.toArray()).toMatchObject([{ name: 'company.update', reason: 'notFound' }]);
    expect(await db.companies.get(company.id)).toBeUndefined();
  });
});
