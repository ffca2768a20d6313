export type SyncError = { code: string; message: string; at: number };

export function isSyncError(value: unknown): value is SyncError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
