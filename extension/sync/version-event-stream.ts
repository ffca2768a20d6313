import { syncApi } from '../../shared/api/sync.api';
import type { VersionEvent } from '../../shared/sync/protocol';
import type { Session } from './session';

/**
 * Reads the server-sent events of /sync/events over fetch (service workers have no EventSource)
 * and calls `onVersion` for each version event until the stream ends or `signal` aborts.
 */
export async function readVersionEvents(
  session: Session,
  signal: AbortSignal,
  onVersion: (version: number) => Promise<void>,
  fetchImpl: typeof fetch = fetch,
) {
  const response = await fetchImpl(new URL(syncApi.events.path, session.serverUrl), {
    headers: { authorization: `Bearer ${session.token}`, accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (!block.includes('event: version') || !data) continue;
      const event = JSON.parse(data) as VersionEvent;
      await onVersion(event.version);
    }
  }
}
