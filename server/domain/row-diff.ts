/** Fields whose value differs between two rows, as `[before, after]`, ignoring bookkeeping fields. */
export function rowDiff(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (bookkeeping.has(key)) continue;
    const old = before?.[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(value ?? null)) changes[key] = [old, value ?? null];
  }
  return changes;
}

const bookkeeping = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version']);
