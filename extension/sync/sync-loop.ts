import { ApiClient, ApiError } from '../api/api-client';
import type { FjordDb } from '../db/fjord-db';
import { getMeta, setMeta } from '../db/meta';
import { readVersionEvents } from './version-event-stream';
import { actorOf, type Session } from './session';
import type { SyncError } from './sync-error';
import { pullChanges, pushOutbox } from './sync-engine';

const MAX_BACKOFF_MS = 60_000;

/**
 * Push, then pull, one run at a time; a kick during a run schedules one more. Failures retry with
 * exponential backoff while the worker lives; the background's alarm restarts it if it died.
 * Everything that must survive (outbox, cursor, last error) is in IndexedDB.
 */
export class SyncLoop {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private events: AbortController | null = null;

  constructor(
    private readonly db: FjordDb,
    private readonly session: () => Promise<Session | null>,
    private readonly fetchImpl?: typeof fetch,
  ) {}

  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Listens to /sync/events and pulls when the workspace moves past our cursor. */
  listen() {
    if (this.events) return;
    const controller = (this.events = new AbortController());
    void this.listenUntilAborted(controller.signal);
  }

  stop() {
    this.events?.abort();
    this.events = null;
    clearTimeout(this.retryTimer);
  }

  private async loop() {
    do {
      this.again = false;
      await this.runOnce();
    } while (this.again);
  }

  private async runOnce() {
    const session = await this.session();
    if (!session) return;
    const api = new ApiClient({ baseUrl: session.serverUrl, token: session.token, fetch: this.fetchImpl });
    const actor = actorOf(session);
    try {
      await pushOutbox(this.db, api, actor);
      await pullChanges(this.db, api, actor);
      this.failures = 0;
      await this.db.transaction('rw', this.db.meta, async () => {
        await setMeta(this.db, 'lastSyncedAt', Date.now());
        await setMeta(this.db, 'lastError', null);
      });
    } catch (err) {
      const error: SyncError =
        err instanceof ApiError
          ? { code: err.code, message: err.message, at: Date.now() }
          : { code: 'internal', message: String(err), at: Date.now() };
      await setMeta(this.db, 'lastError', error);
      if (err instanceof ApiError && err.status === 401) return; // signed out: wait for a new session
      this.scheduleRetry();
    }
  }

  private scheduleRetry() {
    this.failures += 1;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures) * (0.75 + Math.random() / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.kick(), delay);
  }

  private async listenUntilAborted(signal: AbortSignal) {
    let attempt = 0;
    while (!signal.aborted) {
      const session = await this.session();
      if (session) {
        try {
          await readVersionEvents(
            session,
            signal,
            async (version) => {
              attempt = 0;
              const cursor = (await getMeta<number>(this.db, 'cursor')) ?? 0;
              if (version > cursor) void this.kick();
            },
            this.fetchImpl,
          );
        } catch {
          // reconnect below
        }
      }
      attempt += 1;
      await sleep(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt), signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
