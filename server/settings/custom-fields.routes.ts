import { and, asc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { CustomFieldFieldsSchema, STANDARD_ADDITIONAL_FIELDS } from '../../shared/entities/custom-field';
import { newId } from '../../shared/ids';
import type { MutationName } from '../../shared/mutations/registry';
import { requireAuth } from '../auth/require-auth';
import { customFields } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { applyMutations } from '../domain/apply-mutations';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { MutationError } from '../../shared/mutations/mutation-error';

const IdParam = z.object({ id: IdSchema });
export const CustomFieldQuery = z.object({ entity: CustomFieldFieldsSchema.shape.entity.optional() });
export const CustomFieldCreateBody = CustomFieldFieldsSchema.partial({ options: true, section: true, sortOrder: true });
export const CustomFieldPatchBody = CustomFieldFieldsSchema.pick({
  label: true,
  options: true,
  section: true,
  sortOrder: true,
}).partial();
export const StandardFieldsBody = z.object({ entity: CustomFieldFieldsSchema.shape.entity });

/** Typed custom-field and additional-information definitions (`/api/settings/custom-fields`). */
export function customFieldRoutes(deps: Deps) {
  const live = (workspaceId: string) => and(eq(customFields.workspaceId, workspaceId), isNull(customFields.deletedAt));
  const found = async (workspaceId: string, id: string) => {
    const [row] = await deps.db
      .select()
      .from(customFields)
      .where(and(eq(customFields.id, id), live(workspaceId)));
    if (!row) throw new AppError(404, 'notFound', 'Custom field not found');
    return row;
  };
  const list = (workspaceId: string, entity?: 'company' | 'contact') =>
    deps.db
      .select()
      .from(customFields)
      .where(and(live(workspaceId), entity ? eq(customFields.entity, entity) : undefined))
      .orderBy(asc(customFields.entity), asc(customFields.section), asc(customFields.sortOrder), asc(customFields.label));
  return (
    new Hono<AppEnv>()
      .use(requireAuth(deps))
      .get('/', validate('query', CustomFieldQuery), async (c) => {
        return c.json({ items: await list(c.get('auth').workspaceId, c.req.valid('query').entity) });
      })
      .post('/', validate('json', CustomFieldCreateBody), async (c) => {
        const id = newId();
        await runMutation(deps, c.get('auth'), 'customField.create', { id, ...c.req.valid('json') });
        return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
      })
      // "Enable" the additional-information tab: the standard fields, those not already there by label.
      .post('/standard-additional', validate('json', StandardFieldsBody), async (c) => {
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
          const { results } = await applyMutations(deps, auth, null, mutations);
          const rejected = results.find((r) => r.status === 'rejected');
          if (rejected?.status === 'rejected') throw new MutationError(rejected.reason, rejected.message);
        }
        return c.json({ items: await list(auth.workspaceId, entity) }, mutations.length > 0 ? 201 : 200);
      })
      .patch('/:id', validate('param', IdParam), validate('json', CustomFieldPatchBody), async (c) => {
        const { id } = c.req.valid('param');
        await found(c.get('auth').workspaceId, id);
        await runMutation(deps, c.get('auth'), 'customField.update', { id, patch: c.req.valid('json') });
        return c.json({ item: await found(c.get('auth').workspaceId, id) });
      })
      .delete('/:id', validate('param', IdParam), async (c) => {
        const { id } = c.req.valid('param');
        await found(c.get('auth').workspaceId, id);
        await runMutation(deps, c.get('auth'), 'customField.delete', { id });
        return c.json({ ok: true });
      })
  );
}
