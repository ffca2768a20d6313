import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachments } from '../../../server/db/schema';
import type { AuthContext } from '../../../server/deps';
import { runMutation } from '../../../server/domain/run-mutation';
import { newId } from '../../../shared/ids';
import { attachmentBlobPrefix } from '../../../shared/mutations/attachment.mutations';
import { pushBody } from '../../helpers/factories';
import { apiCaller, createTestApp } from '../../helpers/test-app';

describe('attachment.create', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let companyId: string;
  beforeEach(async () => {
    t = await createTestApp();
    const call = apiCaller(t.app, await t.login());
    companyId = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company.id;
  });
  afterEach(() => t.close());

  const args = (id: string, blobKey: string) => ({
    id,
    fileName: 'offer.pdf',
    contentType: 'application/pdf',
    size: 1234,
    blobKey,
    companyIds: [companyId],
    contactIds: [],
    activityIds: [],
  });
  const rows = async (id: string) => t.db.select().from(attachments).where(eq(attachments.id, id));

  it('refuses a push as forbidden, from members and admins alike, and writes nothing', async () => {
    for (const role of ['member', 'admin'] as const) {
      const user = await t.addUser(role);
      const id = newId();
      const res = await apiCaller(t.app, user.token)(
        'POST',
        '/sync/push',
        pushBody(newId(), [{ name: 'attachment.create', args: args(id, `${attachmentBlobPrefix(t.first.workspaceId, id)}abc`) }]),
      );
      expect(res.status).toBe(200);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(res.body.changes).toEqual([{ type: 'remove', entity: 'attachment', id }]);
      expect(await rows(id)).toEqual([]);
    }
  });

  it("refuses, on the server's own path too, a blob key that is not this workspace's file for this attachment", async () => {
    const admin: AuthContext = { userId: t.first.userId, workspaceId: t.first.workspaceId, role: 'admin' };
    const other = await t.otherWorkspace();
    const id = newId();
    for (const key of [
      `${attachmentBlobPrefix(other.workspaceId, id)}abc`,
      `${attachmentBlobPrefix(t.first.workspaceId, newId())}abc`,
      `${t.first.workspaceId}.logo-${companyId}.png`,
    ]) {
      await expect(runMutation(t.deps, admin, 'attachment.create', args(id, key))).rejects.toMatchObject({
        reason: 'invalid',
        field: 'blobKey',
      });
    }
    expect(await rows(id)).toEqual([]);
    await runMutation(t.deps, admin, 'attachment.create', args(id, `${attachmentBlobPrefix(t.first.workspaceId, id)}abc`));
    expect(await rows(id)).toMatchObject([{ companyIds: [companyId], createdBy: admin.userId }]);
  });
});
