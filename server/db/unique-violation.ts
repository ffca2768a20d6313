/** libSQL's extended result codes for a UNIQUE index and a PRIMARY KEY (sqlite.org/rescode.html). */
const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const UNIQUE_RAW_CODES = new Set([2067, 1555]);

type DriverError = { code?: unknown; extendedCode?: unknown; rawCode?: unknown; cause?: unknown };

/**
 * Whether a write failed because a row with the same unique key already exists: two requests
 * racing past a "taken?" check, for instance. Read from the driver's error codes, not its text:
 * drizzle wraps libSQL's `LibsqlError` in a `DrizzleQueryError` whose message also carries the
 * query's parameters, so the error is walked through its `cause` chain.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as DriverError | undefined, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (UNIQUE_CODES.has(String(e.code)) || UNIQUE_CODES.has(String(e.extendedCode))) return true;
    if (typeof e.rawCode === 'number' && UNIQUE_RAW_CODES.has(e.rawCode)) return true;
    e = e.cause as DriverError | undefined;
  }
  return false;
}
