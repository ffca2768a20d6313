import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '../../server/db/schema';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('adding the same member several times at once', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => {
    vi.restoreAllMocks();
    t.close();
  });

  it('answers one 201 and five 409 naming the e-mail, none 500, and logs nothing', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const body = { name: 'Sigrid Salg', email: 'sigrid@fjord.example', role: 'member', password: 'fjord-long-password' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => call('POST', '/api/settings/members', body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((r) => r.status === 409)) {
      expect(refused.body.error.issues).toEqual([{ path: ['email'], message: 'is already a user of Fjord' }]);
    }
    expect(await t.db.select().from(users).where(eq(users.email, body.email))).toHaveLength(1);
    expect(printed).not.toHaveBeenCalled();
  });
});
