/** One cell of the security matrix: what was asked, what the issue says it gets, and what it got. */
export type Cell = { name: string; expected: string; got: string; pass: boolean };

/** Collects cells so one run reports every failing cell, not just the first. */
export class CellLog {
  readonly cells: Cell[] = [];

  add(name: string, expected: string, got: string, pass: boolean) {
    this.cells.push({ name, expected, got, pass });
  }

  failures(prefix = ''): string[] {
    return this.cells
      .filter((c) => !c.pass && c.name.startsWith(prefix))
      .map((c) => `${c.name}: expected ${c.expected}, got ${c.got}`);
  }
}

/** The markers (or ids) among `secrets` that `text` contains. */
export function leaked(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => text.includes(s));
}

/** Whether a 4xx/5xx body is the one error shape `{ error: { code, message, issues? } }`. */
export function isErrorShape(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
    const e = body.error;
    return (
      typeof e === 'object' &&
      e !== null &&
      typeof e.code === 'string' &&
      typeof e.message === 'string' &&
      (e.issues === undefined || Array.isArray(e.issues))
    );
  } catch {
    return false;
  }
}

/** An open /sync/events stream read in the background; `text()` is what arrived so far. */
export function readStream(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  const done = (async () => {
    for (;;) {
      const { value, done: finished } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (finished) return;
      received += decoder.decode(value, { stream: true });
    }
  })();
  return {
    text: () => received,
    /** The `version` events' payloads, parsed. */
    events: () =>
      received
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => JSON.parse(line.slice(5).trim()) as unknown),
    close: async () => {
      await reader.cancel().catch(() => undefined);
      await done;
    },
  };
}
