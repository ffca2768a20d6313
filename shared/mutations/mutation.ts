import type { z } from 'zod';
import type { EntityName } from '../entities/registry';
import type { MutationStore } from './mutation-store';

export type MutationContext = { userId: string; workspaceId: string; role: 'admin' | 'member'; now: number };

export type RecordRef = { entity: EntityName; id: string };

/** A named operation both sides run: the client optimistically, the server canonically. */
export type MutationDefinition<S extends z.ZodType = z.ZodType> = {
  args: S;
  run(store: MutationStore, args: z.output<S>, ctx: MutationContext): Promise<void>;
  /** Records the mutation writes, so a rejection can send their canonical state back. */
  affects(args: z.output<S>): RecordRef[];
  /** Run only by the server's own code (a REST handler); a client's push of it is refused as forbidden. */
  serverOnly?: boolean;
};

export function defineMutation<S extends z.ZodType>(definition: MutationDefinition<S>) {
  return definition;
}
