import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';
import { newId } from '../../shared/ids';
import { companyArgs, contactArgs, pushBody } from '../helpers/factories';
import { auth, createTestApp, json } from '../helpers/test-app';

describe('POST /sync/push', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  const clientId = newId();
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const push = async (body: unknown) => t.app.request('/sync/push', json('POST', body, token));
  const pullAll = async () =>
    (await (await t.app.request(`/sync/pull?protocolVersion=1&cursor=${t.baseVersion}`, auth(token))).json()) as PullResponse;

  it('applies a company, a contact and their link, and pull returns them', async () => {
    const company = companyArgs({ website: 'https://www.Fjordline.example.no/om-oss', orgNumber: '923 609 016' });
    const contact = contactArgs();
    const res = await push(
      pushBody(clientId, [
        { name: 'company.create', args: company },
        { name: 'contact.create', args: contact },
        { name: 'contact.linkCompany', args: { id: newId(), contactId: contact.id, companyId: company.id, position: 'CFO' } },
      ]),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as PushResponse;
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const pulled = await pullAll();
    const row = pulled.changes.find((c) => c.type === 'put' && c.entity === 'company');
    expect(row).toMatchObject({
      row: { id: company.id, domain: 'fjordline.example.no', orgNumber: '923609016', version: t.baseVersion + 1 },
    });
    expect(pulled.changes.find((c) => c.entity === 'contactCompany')).toMatchObject({
      row: { position: 'CFO', isPrimary: true },
    });
    expect(pulled.cursor).toBe(t.baseVersion + 1);
  });

  it('applies a retried push once: the same mutations twice leave one row and one version', async () => {
    const body = pushBody(clientId, [{ name: 'company.create', args: companyArgs() }]);
    await push(body);
    const second = (await (await push(body)).json()) as PushResponse;
    expect(second.results).toEqual([{ mutationId: 1, status: 'duplicate' }]);
    const pulled = await pullAll();
    expect(pulled.changes).toHaveLength(1);
    expect(pulled.cursor).toBe(t.baseVersion + 1);
  });

  it('rejects one failing mutation with its reason and still applies the rest', async () => {
    const company = companyArgs();
    const res = await push(
      pushBody(clientId, [
        { name: 'company.update', args: { id: newId(), patch: { name: 'Ghost' } } },
        { name: 'company.create', args: company },
      ]),
    );
    const body = (await res.json()) as PushResponse;
    expect(body.results[0]).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect(body.results[1]).toMatchObject({ status: 'applied' });
    expect(body.lastMutationId).toBe(2);
    expect(body.changes).toEqual([{ type: 'remove', entity: 'company', id: expect.any(String) }]);
  });

  it('updates only the fields sent, and keeps the overwritten values in the audit log', async () => {
    const company = companyArgs({ phone: '+47 111' });
    await push(pushBody(clientId, [{ name: 'company.create', args: company }]));
    await push(pushBody(clientId, [{ name: 'company.update', args: { id: company.id, patch: { phone: '+47 222' } } }], 2));
    const other = newId();
    await push(pushBody(other, [{ name: 'company.update', args: { id: company.id, patch: { name: 'Renamed AS' } } }]));
    const pulled = await pullAll();
    expect(pulled.changes[0]).toMatchObject({ row: { name: 'Renamed AS', phone: '+47 222', version: t.baseVersion + 3 } });
    const audit = await t.deps.db.query.auditLog.findMany();
    const companyAudit = audit.filter((a) => a.entity === 'company');
    expect(companyAudit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(companyAudit[1]!.changes).toEqual({ phone: ['+47 111', '+47 222'] });
  });

  it('refuses a push with an unknown mutation or wrong types with 400 naming each one, writing nothing', async () => {
    const res = await push(
      pushBody(clientId, [
        { name: 'company.create', args: companyArgs() },
        { name: 'company.explode', args: {} },
        { name: 'contact.create', args: { id: newId(), firstName: 42 } },
      ]),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: unknown[] }[] } };
    expect(body.error.code).toBe('invalid');
    expect(body.error.issues.map((i) => i.path.slice(0, 3))).toEqual([
      ['mutations', 1, 'name'],
      ['mutations', 2, 'args'],
    ]);
    expect((await pullAll()).changes).toEqual([]);
  });

  it('tells an old client it is too old', async () => {
    const res = await push({ ...pushBody(clientId, []), protocolVersion: 0 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('clientTooOld');
  });

  it("cannot touch another workspace's records: updates are notFound, reused ids conflict", async () => {
    const other = await t.otherWorkspace();
    const theirs = companyArgs();
    await t.app.request('/sync/push', json('POST', pushBody(newId(), [{ name: 'company.create', args: theirs }]), other.token));
    const body = (await (
      await push(
        pushBody(clientId, [
          { name: 'company.update', args: { id: theirs.id, patch: { name: 'Hijacked' } } },
          { name: 'company.delete', args: { id: theirs.id } },
          { name: 'company.create', args: { ...theirs, name: 'Same id' } },
        ]),
      )
    ).json()) as PushResponse;
    expect(body.results.map((r) => r.status === 'rejected' && r.reason)).toEqual(['notFound', 'notFound', 'conflict']);
    expect((await pullAll()).changes).toEqual([]);
    const theirPull = (await (await t.app.request('/sync/pull?protocolVersion=1', auth(other.token))).json()) as PullResponse;
    expect(theirPull.changes[0]).toMatchObject({ row: { name: theirs.name, deletedAt: null } });
  });
});
