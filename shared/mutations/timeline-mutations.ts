import { z } from 'zod';
import { IdSchema } from '../entities/base';
import type { RecordLinks } from '../entities/record-links';
import type { EntityRow } from '../entities/registry';
import { defineMutation, type MutationContext } from './mutation';
import { recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore, RecordFields } from './mutation-store';
import { requireAbsent } from './require-live';
import { requireLiveLinks, requireSomeLink } from './timeline-rules';

export type TimelineEntity = 'activity' | 'task' | 'appointment' | 'note';

type Rules<E extends TimelineEntity> = {
  /** Checks on the record as it will be (cross-field rules, members), after create or update. */
  check?(store: MutationStore, fields: RecordFields<E>, ctx: MutationContext): Promise<void> | void;
  /** Fields the record gets besides the args (e.g. `completedAt`), given the previous state. */
  derive?(fields: RecordFields<E>, previous: RecordFields<E> | undefined, ctx: MutationContext): Partial<RecordFields<E>>;
  /** Must it name a company or contact? */
  linkRequired: boolean;
  /** Whom a row is hidden from: a private note is its author's alone. */
  hiddenFrom?(row: EntityRow<E>, ctx: MutationContext): boolean;
};

/**
 * Create, update and delete for the records on the customer timeline (activities, tasks,
 * appointments, notes): the same shape and checks for each. A row hidden from the caller is
 * "not found" for them, so its existence does not leak.
 */
export function timelineMutations<E extends TimelineEntity>(entity: E, fields: z.ZodObject, rules: Rules<E>) {
  const visible = async (store: MutationStore, id: string, ctx: MutationContext) => {
    const row = await store.get(entity, id);
    if (!row || row.deletedAt !== null || rules.hiddenFrom?.(row, ctx))
      throw new MutationError('notFound', recordNotFound(entity, id));
    return row;
  };
  const settle = async (
    store: MutationStore,
    next: RecordFields<E>,
    previous: RecordFields<E> | undefined,
    ctx: MutationContext,
  ) => {
    const links = next as unknown as RecordLinks;
    if (rules.linkRequired) requireSomeLink(links);
    await requireLiveLinks(store, links);
    await rules.check?.(store, next, ctx);
    return { ...next, ...rules.derive?.(next, previous, ctx) };
  };
  return {
    create: defineMutation({
      args: fields.extend({ id: IdSchema }),
      async run(store, args, ctx) {
        const { id, ...values } = args as { id: string } & RecordFields<E>;
        await requireAbsent(store, entity, id);
        await store.insert(entity, id, await settle(store, values as RecordFields<E>, undefined, ctx));
      },
      affects: (args) => [{ entity, id: (args as { id: string }).id }],
    }),
    update: defineMutation({
      args: z.object({
        id: IdSchema,
        patch: fields.partial().refine((p) => Object.keys(p).length > 0, { message: 'errors.field.changeOne' }),
      }),
      async run(store, { id, patch }, ctx) {
        const current = (await visible(store, id, ctx)) as unknown as RecordFields<E>;
        const next = await settle(store, { ...current, ...(patch as Partial<RecordFields<E>>) }, current, ctx);
        const changed = Object.fromEntries(
          Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((current as Record<string, unknown>)[k])),
        );
        if (Object.keys(changed).length > 0) await store.update(entity, id, changed as Partial<RecordFields<E>>);
      },
      affects: (args) => [{ entity, id: args.id }],
    }),
    delete: defineMutation({
      args: z.object({ id: IdSchema }),
      async run(store, { id }, ctx) {
        const row = await store.get(entity, id);
        if (!row || rules.hiddenFrom?.(row, ctx)) throw new MutationError('notFound', recordNotFound(entity, id));
        if (row.deletedAt === null) await store.softDelete(entity, id);
      },
      affects: (args) => [{ entity, id: args.id }],
    }),
  };
}
