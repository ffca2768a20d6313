type Loggable = Error & { code?: unknown; extendedCode?: unknown; query?: unknown; params?: unknown };

/**
 * What an unexpected error may print: names, driver codes, SQL text and stack frames, never the
 * values a query was given. drizzle's `DrizzleQueryError` puts its parameters in its message (and
 * so in the first lines of its stack), so for a failed query only the SQL text with its `?`
 * placeholders is kept; the driver's own message (SQLite's, naming columns, not values) follows
 * as its cause.
 */
export function errorSummary(err: unknown): string {
  const lines: string[] = [];
  let e = err as Loggable | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as Loggable | undefined) {
    if (typeof e !== 'object') {
      lines.push(`${depth > 0 ? 'caused by: ' : ''}(thrown ${typeof e})`);
      break;
    }
    const failedQuery = 'params' in e && typeof e.query === 'string';
    const message = failedQuery ? `failed query: ${String(e.query)}` : String(e.message ?? '');
    const codes = [e.code, e.extendedCode].filter((code) => code !== undefined).join('/');
    lines.push(`${depth > 0 ? 'caused by: ' : ''}${e.name ?? 'Error'}${codes ? ` [${codes}]` : ''}: ${message}`);
    lines.push(...stackFrames(e.stack));
  }
  return lines.join('\n');
}

/** Logs a failure of background work (or a request) by its summary, never the error as is. */
export function logFailure(what: string, err: unknown): void {
  console.error(`${what}:\n${errorSummary(err)}`);
}

/** The `at …` lines only: the lines before them repeat the message. */
function stackFrames(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}
