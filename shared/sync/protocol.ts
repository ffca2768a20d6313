import { z } from 'zod';
import { entityNames, type AnyEntityRow, type EntityName } from '../entities/registry';

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

export type PushResult =
  | { mutationId: number; status: 'applied' | 'duplicate' }
  | { mutationId: number; status: 'rejected'; reason: RejectReason; message: string; field?: string };

export type Change = { type: 'put'; entity: EntityName; row: AnyEntityRow } | { type: 'remove'; entity: EntityName; id: string };

export type PushResponse = {
  protocolVersion: number;
  /** Highest mutation id of this client the server has seen; earlier ones never apply again. */
  lastMutationId: number;
  results: PushResult[];
  /** Canonical state of records a rejected mutation touched, so the client can undo its optimism. */
  changes: Change[];
};

export const PullQuerySchema = z.object({
  protocolVersion: z.coerce.number().int(),
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1000),
});

export type PullResponse = {
  protocolVersion: number;
  cursor: number;
  more: boolean;
  changes: Change[];
};

/** Server-sent event payload on /sync/events. */
export type VersionEvent = { version: number };

export const ChangeEntitySchema = z.enum(entityNames as [EntityName, ...EntityName[]]);
