import { z } from 'zod';
import { entities, entityNames, type EntityName } from '../entities/registry';

/**
 * Sync protocol, version 1 (see docs/architecture.md). Clients push named mutations and pull
 * changed rows since a cursor (the workspace version). Bumped only with a server that still
 * answers older clients or tells them `clientTooOld`.
 */
export const PROTOCOL_VERSION = 1;

export const MAX_MUTATIONS_PER_PUSH = 1000;
export const MAX_PULL_LIMIT = 5000;

export const RejectReasonSchema = z.enum(['invalid', 'forbidden', 'notFound', 'conflict']);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

/** Envelope only; `args` are checked against the named mutation's schema (shared/mutations). */
export const PushedMutationSchema = z.object({
  mutationId: z.number().int().positive(),
  name: z.string().min(1).max(100),
  args: z.unknown(),
});
export type PushedMutation = z.infer<typeof PushedMutationSchema>;

export const PushRequestSchema = z.object({
  protocolVersion: z.number().int(),
  clientId: z.uuid(),
  mutations: z.array(PushedMutationSchema).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushResultSchema = z.union([
  z.object({ mutationId: z.number().int(), status: z.enum(['applied', 'duplicate']) }),
  z.object({
    mutationId: z.number().int(),
    status: z.literal('rejected'),
    reason: RejectReasonSchema,
    message: z.string(),
    field: z.string().optional(),
  }),
]);
export type PushResult = z.infer<typeof PushResultSchema>;

export const ChangeEntitySchema = z.enum(entityNames as [EntityName, ...EntityName[]]);

/** A row as its entity's schema describes it, paired with that entity's name. */
const putOf = (entity: EntityName) =>
  z.object({ type: z.literal('put'), entity: z.literal(entity), row: entities[entity].schema });

export const ChangeSchema = z.union([
  ...entityNames.map(putOf),
  z.object({ type: z.literal('remove'), entity: ChangeEntitySchema, id: z.string() }),
]);
export type Change = z.infer<typeof ChangeSchema>;

export const PushResponseSchema = z.object({
  protocolVersion: z.number().int(),
  /** Highest mutation id of this client the server has seen; earlier ones never apply again. */
  lastMutationId: z.number().int(),
  results: z.array(PushResultSchema),
  /** Canonical state of records a rejected mutation touched, so the client can undo its optimism. */
  changes: z.array(ChangeSchema),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullQuerySchema = z.object({
  protocolVersion: z.coerce.number().int(),
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1000),
});

export const PullResponseSchema = z.object({
  protocolVersion: z.number().int(),
  cursor: z.number().int(),
  more: z.boolean(),
  changes: z.array(ChangeSchema),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** Server-sent event payload on /sync/events. */
export type VersionEvent = { version: number };
