import type { Client } from '@libsql/client';
import type { BlobStore } from './blobs/blob-store';
import type { LogoImports } from './blobs/logo-imports';
import type { Db } from './db/client';
import type { Env } from './env';
import type { VersionEvents } from './sync/version-events';
import type { EventStreams } from './sync/event-streams';
import type { WriteLock } from './domain/write-lock';
import type { Registers } from './registers/registers';
import type { CreditService } from './credit/credit-service';
import type { Language } from '../shared/i18n/languages';

/** What the routes need, built once in server/app.ts; tests build their own. */
export type Deps = {
  db: Db;
  /** The raw libSQL client, for write transactions (server/db/write-transaction.ts). */
  client: Client;
  env: Env;
  events: VersionEvents;
  /** Open /sync/events streams: capped per user; `endForUser` / `endForSession` end them when access is withdrawn. */
  eventStreams: EventStreams;
  writeLock: WriteLock;
  /** Uploaded files (company logos): a local folder by default, see server/blobs/open-blob-store.ts. */
  blobs: BlobStore;
  /** Logos given as web addresses, fetched once by the server into `blobs` (server/blobs/logo-imports.ts). */
  logoImports: LogoImports;
  /** Company registers: the local mirror and each country's live API (server/registers/). */
  registers: Registers;
  /** Credit ratings and monitoring (server/credit/). */
  credit: CreditService;
};

/** Where a change came from, kept in its history. */
export type Channel = 'dashboard' | 'extension' | 'api' | 'import' | 'monitoring';

export type AuthContext = {
  userId: string;
  workspaceId: string;
  role: 'admin' | 'member';
  channel?: Channel;
  /** The language the caller reads: their profile's pick, else their browser's. None: the server's own work (English). */
  language?: Language;
};

export type AppEnv = { Variables: { auth: AuthContext } };
