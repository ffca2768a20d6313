import { z } from 'zod';

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
  /** Add a few sample companies to a new workspace (`false` for an empty one). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Where the built dashboard lives (the extension build serves both). */
  DASHBOARD_DIR: z.string().default('.output/chrome-mv3'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  SESSION_DAYS: z.coerce.number().int().positive().default(30),
  /** Deleted companies and contacts stay restorable this long, then are purged. */
  TRASH_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
});

export type Env = z.infer<typeof EnvSchema>;

/** The one place configuration is read; a bad value stops start-up with the variable named. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // `VAR=` in a shell or .env file means "not set", not "set to nothing".
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
