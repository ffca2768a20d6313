import type { SSEStreamingApi } from 'hono/streaming';
import type { VersionEvents } from './version-events';

const HEARTBEAT_MS = 15_000;

/**
 * Writes the workspace version now and whenever it moves; a comment line every 15 s keeps
 * proxies from closing an idle stream. Versions that arrive while a write is in flight collapse
 * into one event with the latest.
 */
export async function streamVersions(stream: SSEStreamingApi, events: VersionEvents, workspaceId: string, current: number) {
  let latest = current;
  let wake: (() => void) | undefined;
  const unsubscribe = events.subscribe(workspaceId, (version) => {
    latest = version;
    wake?.();
  });
  stream.onAbort(() => wake?.());
  try {
    let sent = latest;
    await stream.writeSSE({ event: 'version', data: JSON.stringify({ version: sent }) });
    while (!stream.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HEARTBEAT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (stream.aborted) break;
      if (latest === sent) {
        await stream.write(': heartbeat\n\n');
        continue;
      }
      sent = latest;
      await stream.writeSSE({ event: 'version', data: JSON.stringify({ version: sent }) });
    }
  } finally {
    unsubscribe();
  }
}
