import { z } from 'zod';
import { LANGUAGES } from '../shared/i18n/languages';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  /** `file:` path (default), or a libSQL server / Turso: `libsql://`, `http://`, `https://`, `ws://`. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:./data/fjord.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Public URL of the dashboard, when it differs from http://HOST:PORT (e.g. behind a proxy). */
  PUBLIC_URL: z.url().optional(),
  /** Extra origins allowed by CORS, comma separated. The extension and the dashboard are always allowed. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  WORKSPACE_NAME: z.string().default('Demo workspace'),
  /** The language a new workspace's default lists are named in, and its admin's (`nb`, `sv`, `da`, `nl`, `es`, `en`). */
  WORKSPACE_LANGUAGE: z.enum(LANGUAGES).optional(),
  /** Add a few sample companies to a new workspace (`false` for an empty one). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Where the built dashboard lives (the extension build serves both). */
  DASHBOARD_DIR: z.string().default('.output/chrome-mv3'),
  /** Folder of uploaded files (company logos); unset: `blobs/` beside a `file:` database, else `./data/blobs`. */
  BLOB_DIR: z.string().optional(),
  /** An S3-compatible bucket for uploaded files instead of BLOB_DIR (AWS S3, R2, MinIO, …). */
  BLOB_S3_BUCKET: z.string().optional(),
  BLOB_S3_ENDPOINT: z.url().default('https://s3.amazonaws.com'),
  BLOB_S3_REGION: z.string().default('us-east-1'),
  BLOB_S3_ACCESS_KEY_ID: z.string().optional(),
  BLOB_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Put before every object key, e.g. `fjord/`: one bucket can serve several installations. */
  BLOB_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9_-]+\/)*$/, 'must be empty or end with / (letters, digits, - and _ between)')
    .default(''),
  /** The largest file that may be uploaded to a card (`/api/files`). */
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /**
   * Proxies in front of the server: `true` (one) or their number. Then the client's address for
   * sign-in throttles and rate limits is read from X-Forwarded-For, that many hops from the right;
   * unset, the header is ignored (anyone can write it) and the socket's peer is the client.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+)$/, 'must be true, false or the number of proxies in front of the server')
    .optional()
    .transform((v) => (v === undefined || v === 'false' ? 0 : v === 'true' ? 1 : Number(v))),
  SESSION_DAYS: z.coerce.number().int().positive().default(30),
  /**
   * How often an idle `/sync/events` stream gets a comment line (proxies close silent ones) and its
   * session is checked again, so a sign-out or deactivation in another process ends it too. Tests shorten it.
   */
  SYNC_HEARTBEAT_MS: z.coerce.number().int().positive().default(15_000),
  /** Open `/sync/events` streams one user may hold in this process; a new one past it ends their oldest. */
  EVENT_STREAMS_PER_USER: z.coerce.number().int().positive().default(10),
  /**
   * Tests only: addresses a logo may be fetched from although they are not public (comma separated
   * IP addresses, e.g. 127.0.0.1 for a local test server). In production leave it unset: logos are
   * fetched from public addresses only.
   */
  LOGO_FETCH_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  /** How long fetching one logo from a web address may take, redirects and body included. */
  LOGO_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Deleted companies and contacts stay restorable this long, then are purged. */
  TRASH_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  /** Outgoing mail (e-mail the selection): `smtp://user:pass@host:587`, `smtps://…:465`, or the SMTP_HOST group below. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must look like smtp://user:pass@host:port (or smtps://)')
    .optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  /**
   * How fast mailings may send, as the SMTP provider allows: `30/minute`, `5/second`, `1000/hour`.
   * Unset: as fast as the server takes them.
   */
  MAIL_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/(second|minute|hour)$/, 'must be a count per second, minute or hour, such as 30/minute')
    .optional()
    .transform((v) => {
      if (!v) return undefined;
      const [count, per] = v.split('/');
      return { count: Number(count), ms: { second: 1_000, minute: 60_000, hour: 3_600_000 }[per as 'second'] };
    }),
  /** The From of every message: `crm@example.no` or `Fjord CRM <crm@example.no>`. */
  MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, or Name <address>')
    .optional(),
  // Company registers (issue 5). URLs are overridable so tests and proxies can stand in.
  BRREG_URL: z.url().default('https://data.brreg.no/enhetsregisteret/api'),
  /** How often the Norwegian mirror follows Enhetsregisteret's change feed (when Norway is mirrored). */
  REGISTER_UPDATES_MINUTES: z.coerce.number().positive().default(60),
  COMPANIES_HOUSE_URL: z.url().default('https://api.company-information.service.gov.uk'),
  /** Companies House public data API key (free, from developer.company-information.service.gov.uk). */
  COMPANIES_HOUSE_API_KEY: z.string().optional(),
  COMPANIES_HOUSE_STREAM_URL: z.url().default('https://stream.companieshouse.gov.uk'),
  /** Companies House streaming API key (its own key, not the REST one): keeps a UK mirror current. */
  COMPANIES_HOUSE_STREAM_KEY: z.string().optional(),
  CVR_API_URL: z.url().default('https://cvrapi.dk/api'),
  /** cvrapi.dk token; without one the free quota applies. */
  CVR_API_TOKEN: z.string().optional(),
  BOLAGSVERKET_API_URL: z.url().default('https://gw.api.bolagsverket.se/vardefulla-datamangder/v1'),
  BOLAGSVERKET_TOKEN_URL: z.url().default('https://portal.api.bolagsverket.se/oauth2/token'),
  BOLAGSVERKET_CLIENT_ID: z.string().optional(),
  BOLAGSVERKET_CLIENT_SECRET: z.string().optional(),
  /** Sweden's weekly bulk files, fetched again (when changed) while Sweden is mirrored. */
  BOLAGSVERKET_BULK_URL: z.url().default('https://vardefulla-datamangder.bolagsverket.se/bolagsverket/bolagsverket_bulkfil.zip'),
  SCB_BULK_URL: z.url().default('https://vardefulla-datamangder.bolagsverket.se/scb/scb_bulkfil.zip'),
  // Credit monitoring (issue 5).
  CREDITSAFE_URL: z.url().default('https://connect.creditsafe.com/v1'),
  CREDITSAFE_USERNAME: z.string().optional(),
  CREDITSAFE_PASSWORD: z.string().optional(),
  /** How often monitored companies are re-checked. */
  CREDIT_CHECK_HOURS: z.coerce.number().positive().default(24),
  /** Calls per minute each credit provider may take from this server. */
  CREDITSAFE_CALLS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  PUBLIC_SIGNALS_CALLS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** The window the per-provider call limits count in (tests shorten it). */
  CREDIT_RATE_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  /** How often the monitoring job looks for companies due a check. */
  CREDIT_JOB_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
});

export type Env = z.infer<typeof EnvSchema>;

/** The one place configuration is read; a bad value stops start-up with the variable named. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // `VAR=` in a shell or .env file means "not set", not "set to nothing".
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.superRefine(settingsComplete).safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Settings that only work together: one way to name the SMTP server and a From address; S3 keys with a bucket. */
function settingsComplete(env: Env, ctx: z.RefinementCtx) {
  if (env.SMTP_URL && env.SMTP_HOST) {
    ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'set SMTP_URL or SMTP_HOST, not both' });
  }
  if (env.BLOB_S3_BUCKET && !(env.BLOB_S3_ACCESS_KEY_ID && env.BLOB_S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: ['BLOB_S3_ACCESS_KEY_ID'],
      message: 'and BLOB_S3_SECRET_ACCESS_KEY are required with BLOB_S3_BUCKET',
    });
  }
  if ((env.SMTP_URL || env.SMTP_HOST) && !env.MAIL_FROM) {
    ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP_URL or SMTP_HOST is set' });
  }
}
