import { v7 } from 'uuid';

/** Ids are UUIDv7, minted by whoever creates the record, so offline creates never collide. */
export function newId(): string {
  return v7();
}
