import type { BaseRecord } from './base';

export type Stamp = { workspaceId: string; userId: string; now: number };

/** A new row: the creator's fields plus the bookkeeping every record carries, at version 0. */
export function stampNewRecord<F extends object>(id: string, fields: F, stamp: Stamp): F & BaseRecord {
  return {
    ...fields,
    id,
    workspaceId: stamp.workspaceId,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    createdBy: stamp.userId,
    updatedBy: stamp.userId,
    deletedAt: null,
    version: 0,
  };
}
