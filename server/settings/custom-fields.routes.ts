import { and, asc, eq, isNull } from 'drizzle-orm';
import { customFieldsApi } from '../../shared/api/custom-fields.api';
import { STANDARD_ADDITIONAL_FIELDS } from '../../shared/entities/custom-field';
import { newId } from '../../shared/ids';
import type { MutationName } from '../../shared/mutations/registry';
import { requireAuth } from '../auth/require-auth';
import { customFields } from '../db/schema';
import type { Deps } from '../deps';
import { applyMutations } from '../domain/apply-mutations';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';

/** Typed custom-field and additional-information definitions (`/api/settings/custom-fields`). */
export function customFieldRoutes(deps: Deps) {
  const live = (workspaceId: string) => and(eq(customFields.workspaceId, workspaceId), isNull(customFields.deletedAt));
  const found = async (workspaceId: string, id: string) => {
    const [row] = await deps.db
      .select()
      .from(customFields)
      .where(and(eq(customFields.id, id), live(workspaceId)));
    if (!row) throw new AppError(404, 'notFound', { key: 'errors.notFound.customField' });
    return row;
  };
  const list = (workspaceId: string, entity?: 'company' | 'contact') =>
    deps.db
      .select()
      .from(customFields)
      .where(and(live(workspaceId), entity ? eq(customFields.entity, entity) : undefined))
      .orderBy(asc(customFields.entity), asc(customFields.section), asc(customFields.sortOrder), asc(customFields.label));
  const auth = requireAuth(deps);
  return (
    apiRouter()
      .openapi(route(customFieldsApi.list, auth), async (c) => {
        return c.json({ items: await list(c.get('auth').workspaceId, c.req.valid('query').entity) }, 200);
      })
      .openapi(route(customFieldsApi.create, auth), async (c) => {
        const id = newId();
        await runMutation(deps, c.get('auth'), 'customField.create', { id, ...c.req.valid('json') });
        return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
      })
      // "Enable" the additional-information tab: the standard fields, those not already there by label.
      .openapi(route(customFieldsApi.addStandard, auth), async (c) => {
        const auth = c.get('auth');
        const { entity } = c.req.valid('json');
        const have = new Set((await list(auth.workspaceId, entity)).map((f) => f.label.toLowerCase()));
        const missing = STANDARD_ADDITIONAL_FIELDS.filter((f) => !have.has(f.label.toLowerCase()));
        const mutations = missing.map((f, i) => ({
          mutationId: i + 1,
          name: 'customField.create' as MutationName,
          args: { id: newId(), entity, section: 'additional' as const, sortOrder: i, ...f },
        }));
        if (mutations.length > 0) {
          const { rejections } = await applyMutations(deps, auth, null, mutations);
          if (rejections[0]) throw rejections[0];
        }
        return c.json({ items: await list(auth.workspaceId, entity) }, mutations.length > 0 ? 201 : 200);
      })
      .openapi(route(customFieldsApi.update, auth), async (c) => {
        const { id } = c.req.valid('param');
        await found(c.get('auth').workspaceId, id);
        await runMutation(deps, c.get('auth'), 'customField.update', { id, patch: c.req.valid('json') });
        return c.json({ item: await found(c.get('auth').workspaceId, id) }, 200);
      })
      .openapi(route(customFieldsApi.remove, auth), async (c) => {
        const { id } = c.req.valid('param');
        await found(c.get('auth').workspaceId, id);
        await runMutation(deps, c.get('auth'), 'customField.delete', { id });
        return c.json({ ok: true as const }, 200);
      })
  );
}
