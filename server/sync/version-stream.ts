import type { SSEStreamingApi } from 'hono/streaming';
import type { VersionEvents } from './version-events';

export type StreamOptions = {
  heartbeatMs: number;
  /** Asked at each heartbeat: false (signed out, deactivated, expired) ends the stream. */
  sessionLive: () => Promise<boolean>;
};

/**
 * Writes the workspace version now and whenever it moves; a comment line every `heartbeatMs`
 * keeps proxies from closing an idle stream. Versions that arrive while a write is in flight
 * collapse into one event with the latest.
 */
export async function streamVersions(
  stream: SSEStreamingApi,
  events: VersionEvents,
  workspaceId: string,
  current: number,
  { heartbeatMs, sessionLive }: StreamOptions,
) {
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
        const timer = setTimeout(resolve, heartbeatMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (stream.aborted) break;
      if (latest === sent) {
        if (!(await sessionLive())) break;
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
