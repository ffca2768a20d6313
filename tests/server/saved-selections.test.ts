import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('saved selections', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const save = (body: Record<string, unknown>, as?: string) => call('POST', '/api/selections', body, as);
  const names = async (as?: string, entity = 'company') =>
    ((await call('GET', `/api/selections?entity=${entity}`, undefined, as)).body.items as { name: string }[]).map((s) => s.name);

  it('keeps private selections to their owner and shows shared ones to the workspace', async () => {
    const colleague = await t.addUser('member');
    expect((await save({ entity: 'company', name: 'My Bergen customers', query: 'city=Bergen&sort=name' })).status).toBe(201);
    const shared = await save({ entity: 'company', name: 'Norwegian prospects', query: 'country=NO', shared: true });
    expect(shared.body.item).toMatchObject({ name: 'Norwegian prospects', query: 'country=NO', shared: true });
    await save({ entity: 'contact', name: 'Private customers', query: 'isPrivateCustomer=true' });

    expect(await names()).toEqual(['My Bergen customers', 'Norwegian prospects']);
    expect(await names(colleague.token)).toEqual(['Norwegian prospects']);
    expect(await names(undefined, 'contact')).toEqual(['Private customers']);

    const id = shared.body.item.id as string;
    expect((await call('PATCH', `/api/selections/${id}`, { name: 'Mine now' }, colleague.token)).status).toBe(403);
    expect((await call('DELETE', `/api/selections/${id}`, undefined, colleague.token)).status).toBe(403);
    expect((await call('PATCH', `/api/selections/${id}`, { shared: false })).body.item.shared).toBe(false);
    expect(await names(colleague.token)).toEqual([]);

    const other = await t.otherWorkspace();
    expect(await names(other.token)).toEqual([]);
    expect((await call('DELETE', `/api/selections/${id}`, undefined, other.token)).status).toBe(404);
    expect((await call('DELETE', `/api/selections/${id}`)).status).toBe(200);
    expect(await names()).toEqual(['My Bergen customers']);
  });

  it('refuses a filter the list would not understand, naming it, and saves nothing', async () => {
    const bad = await save({ entity: 'company', name: 'Broken', query: 'tagIds=not-an-id' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('query');
    const noName = await save({ entity: 'company', name: ' ', query: '' });
    expect(noName.status).toBe(400);
    expect(JSON.stringify(noName.body.error.issues)).toContain('name');
    expect(await names()).toEqual([]);
  });
});
