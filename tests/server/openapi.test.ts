import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mutations } from '../../shared/mutations/registry';
import { createTestApp } from '../helpers/test-app';

describe('GET /api/openapi.json', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('documents exactly the routes the server answers', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    const served = [
      ...new Set(
        t.app.routes
          .filter((r) => r.method !== 'ALL' && /^\/(api|sync|calendar|unsubscribe)\//.test(r.path))
          .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
  });

  it('describes request bodies from the zod schemas, and every mutation a push may carry', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as any;
    const create = doc.paths['/api/companies'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(['name']);
    // Generated from the contract (OpenAPI 3.1): a nullable field is `type: [<type>, 'null']`.
    expect(create.properties.country).toMatchObject({ type: ['string', 'null'], pattern: '^[A-Za-z]{2}$' });
    expect(create.properties.invoice.properties.type.enum).toEqual(['emailTracking', 'emailPdf', 'paper', 'ehf']);
    expect(Object.keys(doc.components.schemas).filter((k) => k.startsWith('mutation.'))).toHaveLength(
      Object.keys(mutations).length,
    );
    expect(doc.paths['/api/companies'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'tagIds', 'ownerIds', 'city', 'createdFrom', 'sort', 'dir', 'limit', 'cursor']),
    );
  });
});
