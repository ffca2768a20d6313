import { and, eq, inArray } from 'drizzle-orm';
import { hashToken } from '../auth/tokens';
import type { DbOrTx } from '../db/client';
import { mailingOptOuts, mailingRecipients, workspaces } from '../db/schema';
import type { Deps } from '../deps';

// Addresses per IN list: far under libSQL's 32,766 bound parameters.
const CHUNK = 500;

/** Which of the addresses (any case) asked the workspace for no more mailings, lowercased. */
export async function optedOutAddresses(db: DbOrTx, workspaceId: string, addresses: string[]): Promise<Set<string>> {
  const keys = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .select({ address: mailingOptOuts.address })
      .from(mailingOptOuts)
      .where(and(eq(mailingOptOuts.workspaceId, workspaceId), inArray(mailingOptOuts.address, keys.slice(i, i + CHUNK))));
    for (const row of rows) out.add(row.address);
  }
  return out;
}

export type UnsubscribeTarget = { address: string; workspaceName: string; optedOutAt: number | null };

/**
 * Who a message's unsubscribe link speaks for. The link carries the message's random token, which
 * only its recipient has (the database keeps its hash); it tells nothing but the address it was
 * sent to and the sending workspace.
 */
export async function unsubscribeTarget(db: DbOrTx, token: string): Promise<UnsubscribeTarget | null> {
  const found = await recipientOf(db, token);
  return found && found.target;
}

/** Records the opt-out of a message's recipient; once is enough (a second click changes nothing). */
export async function optOut(deps: Deps, token: string): Promise<UnsubscribeTarget | null> {
  const found = await recipientOf(deps.db, token);
  if (!found || found.target.optedOutAt !== null) return found && found.target;
  const optedOutAt = Date.now();
  const address = found.target.address.toLowerCase();
  await deps.writeLock.run(() =>
    deps.db
      .insert(mailingOptOuts)
      .values({ workspaceId: found.workspaceId, address, optedOutAt, recipientId: found.recipientId })
      .onConflictDoNothing(),
  );
  return { ...found.target, optedOutAt };
}

async function recipientOf(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      recipientId: mailingRecipients.id,
      workspaceId: mailingRecipients.workspaceId,
      address: mailingRecipients.address,
      workspaceName: workspaces.name,
    })
    .from(mailingRecipients)
    .innerJoin(workspaces, eq(workspaces.id, mailingRecipients.workspaceId))
    .where(eq(mailingRecipients.unsubscribeTokenHash, hashToken(token)));
  if (!row) return null;
  // Lowercased here, not by SQLite's lower(), which leaves letters such as Ø as they are.
  const [optOut] = await db
    .select({ at: mailingOptOuts.optedOutAt })
    .from(mailingOptOuts)
    .where(and(eq(mailingOptOuts.workspaceId, row.workspaceId), eq(mailingOptOuts.address, row.address.toLowerCase())));
  const target: UnsubscribeTarget = { address: row.address, workspaceName: row.workspaceName, optedOutAt: optOut?.at ?? null };
  return { recipientId: row.recipientId, workspaceId: row.workspaceId, target };
}
