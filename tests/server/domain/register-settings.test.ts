import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../server/deps';
import { registerSettings, setRegisterCountries } from '../../../server/domain/register-settings';
import { createTestApp } from '../../helpers/test-app';

describe('register settings in the domain', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("lets only admins choose, and only their own workspace's registers", async () => {
    const admin: AuthContext = { userId: t.first.userId, workspaceId: t.first.workspaceId, role: 'admin' };
    const member: AuthContext = { userId: (await t.addUser('member')).id, workspaceId: t.first.workspaceId, role: 'member' };
    const other = await t.otherWorkspace();
    const outsider: AuthContext = { userId: other.userId, workspaceId: other.workspaceId, role: 'admin' };
    const before = (await registerSettings(t.deps, admin)).countries;

    await expect(setRegisterCountries(t.deps, member, ['NO'])).rejects.toMatchObject({ status: 403 });
    await setRegisterCountries(t.deps, outsider, ['DK']);
    expect((await registerSettings(t.deps, member)).countries).toEqual(before);

    await setRegisterCountries(t.deps, admin, ['NO', 'SE']);
    expect((await registerSettings(t.deps, member)).countries).toEqual(['NO', 'SE']);
    expect((await registerSettings(t.deps, outsider)).countries).toEqual(['DK']);
  });
});
