import { logFailure } from '../http/error-summary';
import type { LogoImportState, LogoImportStatus } from '../../shared/images/logo-import-status';
import { logoImportOf } from '../../shared/mutations/company-logo-rule';
import type { PushResult } from '../../shared/sync/protocol';
import type { AuthContext, Deps } from '../deps';
import type { ParsedMutation } from '../domain/apply-mutations';
import { getCompany } from '../records/companies.queries';
import { FetchRefused, fetchPublic } from '../net/fetch-public';
import { setCompanyLogo } from './company-logo';
import { LOGO_MAX_BYTES, mediaTypeOf, sniffImageType } from './image-type';

const CONCURRENT_FETCHES = 2;
const REMEMBERED = 5_000;

/**
 * Logos given as web addresses, fetched once by the server into blob storage (issue 13: a remote
 * address in every viewer's browser is a tracking pixel). A company write only records the wish
 * (`shared/mutations/company-logo-rule.ts`); after it commits, this fetches the image through
 * `fetchPublic`, checks its type by its bytes and sets the stored copy with `company.update` as the
 * member who asked (versioned, audited). The queue and the outcomes live in this process only: a
 * restart forgets queued addresses (the member gives the address again), which keeps the schema as
 * it is; companies still holding an address from before this rule are imported at start.
 */
export class LogoImports {
  private readonly statuses = new Map<string, LogoImportStatus & { seq: number }>();
  private readonly latest = new Map<string, Promise<LogoImportStatus>>();
  private readonly waiting: (() => void)[] = [];
  private readonly controller = new AbortController();
  private active = 0;
  private seq = 0;

  constructor(private readonly deps: () => Deps) {}

  /** Queues the import; resolves with its outcome (never rejects). A newer address for the company supersedes this one. */
  request(auth: AuthContext, companyId: string, url: string): Promise<LogoImportStatus> {
    const seq = ++this.seq;
    this.remember(auth.workspaceId, companyId, { url, state: 'pending', reason: null, logoUrl: null, at: Date.now(), seq });
    const key = `${auth.workspaceId}:${companyId}`;
    const done = this.limited(() => this.run(auth, companyId, url, seq));
    this.latest.set(key, done);
    void done.then(() => this.latest.get(key) === done && this.latest.delete(key));
    return done;
  }

  /** The outcome of the company's latest import once it is known; null when none was asked for. */
  async settled(workspaceId: string, companyId: string): Promise<LogoImportStatus | null> {
    await this.latest.get(`${workspaceId}:${companyId}`);
    return this.statusOf(workspaceId, companyId);
  }

  statusOf(workspaceId: string, companyId: string): LogoImportStatus | null {
    const found = this.statuses.get(`${workspaceId}:${companyId}`);
    if (!found) return null;
    const { seq: _seq, ...status } = found;
    return status;
  }

  /** Imports every live company's logo that is still a web address (written before imports existed). */
  async importExternalLogos(): Promise<void> {
    const rows = await this.deps().client.execute(
      `select c.id, c.workspace_id, c.logo_url, u.id as user_id, u.role from companies c join users u on u.id = c.updated_by
       where c.deleted_at is null and (c.logo_url like 'http://%' or c.logo_url like 'https://%')`,
    );
    await Promise.all(
      rows.rows.map((r) =>
        this.request(
          {
            userId: String(r.user_id),
            workspaceId: String(r.workspace_id),
            role: r.role === 'admin' ? 'admin' : 'member',
            channel: 'import',
          },
          String(r.id),
          String(r.logo_url),
        ),
      ),
    );
  }

  /** Aborts fetches under way; their companies keep the logo they had. */
  stop() {
    this.controller.abort();
  }

  private async run(auth: AuthContext, companyId: string, url: string, seq: number): Promise<LogoImportStatus> {
    const deps = this.deps();
    const finish = (state: LogoImportState, reason: string | null, logoUrl: string | null = null) => {
      const status: LogoImportStatus = { url, state, reason, logoUrl, at: Date.now() };
      const key = `${auth.workspaceId}:${companyId}`;
      if (this.statuses.get(key)?.seq === seq) this.remember(auth.workspaceId, companyId, { ...status, seq });
      if (state === 'refused') console.warn(`logo for company ${companyId} not imported from ${url}: ${reason}`);
      return status;
    };
    try {
      const before = await getCompany(deps.db, auth.workspaceId, companyId);
      if (!before) return finish('refused', 'the company no longer exists');
      const fetched = await fetchPublic(url, {
        maxBytes: LOGO_MAX_BYTES,
        timeoutMs: deps.env.LOGO_FETCH_TIMEOUT_MS,
        maxRedirects: 3,
        allowAddresses: deps.env.LOGO_FETCH_ALLOW_HOSTS,
        signal: this.controller.signal,
      });
      const type = sniffImageType(fetched.bytes);
      if (!type) return finish('refused', notAnImage(mediaTypeOf(fetched.contentType), fetched.bytes));
      // Someone chose another logo (or gave a newer address) while this one was fetched: theirs stands.
      const now = await getCompany(deps.db, auth.workspaceId, companyId);
      if (this.statuses.get(`${auth.workspaceId}:${companyId}`)?.seq !== seq || !now || now.logoUrl !== before.logoUrl) {
        return finish('superseded', 'the logo was changed while this address was fetched');
      }
      return finish('imported', null, await setCompanyLogo(deps, auth, now, fetched.bytes, type));
    } catch (err) {
      if (err instanceof FetchRefused) return finish('refused', err.message);
      logFailure(`logo import for company ${companyId} failed`, err);
      return finish('refused', this.controller.signal.aborted ? 'the server stopped' : 'the file could not be stored');
    }
  }

  private remember(workspaceId: string, companyId: string, status: LogoImportStatus & { seq: number }) {
    const key = `${workspaceId}:${companyId}`;
    this.statuses.delete(key);
    this.statuses.set(key, status);
    if (this.statuses.size > REMEMBERED) this.statuses.delete(this.statuses.keys().next().value!);
  }

  /** At most CONCURRENT_FETCHES at once: a push of a thousand addresses must not open a thousand sockets. */
  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= CONCURRENT_FETCHES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // A finished task hands its slot straight to the next one waiting.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

function notAnImage(declared: string, bytes: Uint8Array): string {
  const start = new TextDecoder().decode(bytes.slice(0, 512)).trimStart().toLowerCase();
  if (declared === 'image/svg+xml' || start.includes('<svg'))
    return 'it is an SVG image, which is not accepted (it can carry scripts)';
  return `it is ${declared || 'untyped data'}, not a PNG, JPEG, WebP or GIF image`;
}

/** After a batch commits: the logo addresses its applied company writes asked for go to the queue. */
export function queueLogoImports(deps: Deps, auth: AuthContext, mutations: ParsedMutation[], results: PushResult[]) {
  mutations.forEach((m, i) => {
    const wanted = results[i]?.status === 'applied' ? logoImportOf(m.name, m.args) : null;
    if (wanted) void deps.logoImports.request(auth, wanted.companyId, wanted.url);
  });
}
