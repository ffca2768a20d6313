import { v5 as uuidV5 } from 'uuid';

/** A fixed namespace for Fjord's name-based ids (any constant UUID would do; this one is ours). */
const NAMESPACE = '6f1d2c3a-5b7e-4f0a-9c1d-2e3f4a5b6c7d';

/**
 * The id of the logged e-mail for a message in a workspace: the same on every client, so a
 * message logged twice (or by two people, or offline) is one row.
 */
export function emailLogId(workspaceId: string, messageKey: string): string {
  return uuidV5(`${workspaceId}\n${messageKey.trim()}`, NAMESPACE);
}
