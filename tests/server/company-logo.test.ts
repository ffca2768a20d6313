import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFolderBlobStore } from '../../server/blobs/local-folder-blob-store';
import { blobDirFor } from '../../server/blobs/open-blob-store';
import { purgeTrash } from '../../server/domain/purge-trash';
import { EXTENSION_ORIGIN } from '../../shared/extension-id';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';
import { tempDir } from '../helpers/temp-dir';

const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join('tests/fixtures/images', name)));
const PNG = fixture('fjord-logo.png');
const JPEG = fixture('fjord-logo.jpg');
const WEBP = fixture('fjord-logo.webp');
const GIF = fixture('pixel.gif');
const SVG = fixture('scripted.svg');
const DAY = 86_400_000;

describe('company logos', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let blobDir: ReturnType<typeof tempDir>;
  let token: string;
  let call: ApiCall;

  async function start(env: Record<string, string> = {}) {
    blobDir = tempDir('fjord-blobs-');
    t = await createTestApp({ BLOB_DIR: blobDir.path, ...env });
    token = await t.login();
    call = apiCaller(t.app, token);
  }
  beforeEach(() => start());
  afterEach(() => {
    t.close();
    blobDir.remove();
  });

  const newCompany = async (name = 'Logo AS', as = token) => (await call('POST', '/api/companies', { name }, as)).body.company;

  const upload = async (id: string, bytes: Uint8Array<ArrayBuffer>, contentType: string, as = token) => {
    const res = await t.app.request(`/api/companies/${id}/logo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${as}`, 'content-type': contentType, 'x-fjord-channel': 'dashboard' },
      body: bytes,
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  const fetchBlob = (url: string, as = token) => t.app.request(url, { headers: { authorization: `Bearer ${as}` } });

  const storedFiles = () => (existsSync(blobDir.path) ? readdirSync(blobDir.path).sort() : []);

  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['WebP', WEBP, 'image/webp'],
    ['GIF', GIF, 'image/gif'],
  ])('stores a %s logo and serves the same bytes with its type, locked down and cacheable', async (_name, bytes, type) => {
    const company = await newCompany();
    const res = await upload(company.id, bytes, type);
    expect(res.status).toBe(200);
    expect(res.body.company.logoUrl).toMatch(new RegExp(`^/api/blobs/${t.first.workspaceId}\\.${company.id}\\.[0-9a-f]{32}$`));
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.logoUrl).toBe(res.body.company.logoUrl);

    const served = await fetchBlob(res.body.company.logoUrl);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
    expect(served.headers.get('content-type')).toBe(type);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });

  it('replaces a logo with a new URL and removes the old file', async () => {
    const company = await newCompany();
    const first = (await upload(company.id, PNG, 'image/png')).body.company.logoUrl;
    const second = (await upload(company.id, JPEG, 'image/jpeg; charset=binary')).body.company.logoUrl;
    expect(second).not.toBe(first);
    expect((await fetchBlob(first)).status).toBe(404);
    expect((await fetchBlob(second)).headers.get('content-type')).toBe('image/jpeg');
    expect(storedFiles()).toHaveLength(2); // the bytes and their media type, of the one logo
  });

  it('records the logo change in the history, with the channel it came through', async () => {
    const company = await newCompany();
    const { logoUrl } = (await upload(company.id, PNG, 'image/png')).body.company;
    const { entries } = (await call('GET', `/api/history/company/${company.id}`)).body;
    expect(entries[0]).toMatchObject({
      action: 'update',
      field: 'logoUrl',
      oldValue: null,
      newValue: logoUrl,
      channel: 'dashboard',
    });
  });

  it.each([
    ['an SVG', SVG, 'image/svg+xml'],
    ['an SVG sent as PNG', SVG, 'image/png'],
    ['a PNG sent as JPEG', PNG, 'image/jpeg'],
    ['untyped bytes', PNG, 'application/octet-stream'],
    ['a truncated signature', PNG.slice(0, 4), 'image/png'],
  ])('refuses %s with 415 and stores nothing', async (_name, bytes, type) => {
    const company = await newCompany();
    const res = await upload(company.id, bytes, type);
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupportedMediaType');
    expect(storedFiles()).toEqual([]);
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.logoUrl).toBeNull();
    const { entries } = (await call('GET', `/api/history/company/${company.id}`)).body;
    expect(entries.filter((e: any) => e.action === 'update')).toEqual([]);
  });

  it('refuses an empty body with 400', async () => {
    const company = await newCompany();
    expect((await upload(company.id, new Uint8Array(0), 'image/png')).status).toBe(400);
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a logo over 2 MB with 413, even when the request limit is higher', async () => {
    t.close();
    blobDir.remove();
    await start({ BODY_LIMIT_BYTES: String(10 * 1024 * 1024) });
    const company = await newCompany();
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    const res = await upload(company.id, big, 'image/png');
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'tooLarge', message: 'A logo may be at most 2 MB' });
    expect(storedFiles()).toEqual([]);
    expect((await upload(company.id, big.slice(0, 2 * 1024 * 1024), 'image/png')).status).toBe(200);
  });

  it('answers 404 to another workspace, for the upload, the removal and the stored file; and for a deleted company', async () => {
    const other = await t.otherWorkspace();
    const company = await newCompany();
    const { logoUrl } = (await upload(company.id, PNG, 'image/png')).body.company;

    expect((await upload(company.id, JPEG, 'image/jpeg', other.token)).status).toBe(404);
    expect((await call('DELETE', `/api/companies/${company.id}/logo`, undefined, other.token)).status).toBe(404);
    const theirView = await fetchBlob(logoUrl, other.token);
    expect(theirView.status).toBe(404);
    expect(((await theirView.json()) as any).error.code).toBe('notFound');
    expect((await t.app.request(logoUrl)).status).toBe(401);
    expect((await fetchBlob(logoUrl)).status).toBe(200);

    await call('DELETE', `/api/companies/${company.id}`);
    expect((await upload(company.id, JPEG, 'image/jpeg')).status).toBe(404);
  });

  it('refuses keys that are not blob keys before touching the folder', async () => {
    for (const key of ['..%2F..%2Fetc%2Fpasswd', '.hidden', 'a..b', '%2Fetc%2Fpasswd']) {
      const res = await fetchBlob(`/api/blobs/${key}`);
      expect([400, 404]).toContain(res.status);
    }
    const store = new LocalFolderBlobStore(blobDir.path);
    await expect(store.put('../escape', PNG, 'image/png')).rejects.toThrow(/Not a blob key/);
    await expect(store.get('a/b')).rejects.toThrow(/Not a blob key/);
  });

  it('removal clears the logo, records it and deletes the file; an external URL is just cleared', async () => {
    const company = await newCompany();
    const { logoUrl } = (await upload(company.id, PNG, 'image/png')).body.company;
    const res = await call('DELETE', `/api/companies/${company.id}/logo`);
    expect(res.status).toBe(200);
    expect(res.body.company.logoUrl).toBeNull();
    expect(storedFiles()).toEqual([]);
    expect((await fetchBlob(logoUrl)).status).toBe(404);
    const { entries } = (await call('GET', `/api/history/company/${company.id}`)).body;
    expect(entries[0]).toMatchObject({ field: 'logoUrl', oldValue: logoUrl, newValue: null });

    await call('PATCH', `/api/companies/${company.id}`, { logoUrl: 'https://cdn.example.no/logo.png' });
    expect((await call('DELETE', `/api/companies/${company.id}/logo`)).body.company.logoUrl).toBeNull();
  });

  it("never deletes a file another company's logoUrl merely points at", async () => {
    const owner = await newCompany('Eier AS');
    const { logoUrl } = (await upload(owner.id, PNG, 'image/png')).body.company;
    const copycat = await newCompany('Kopi AS');
    await call('PATCH', `/api/companies/${copycat.id}`, { logoUrl });
    await call('DELETE', `/api/companies/${copycat.id}/logo`);
    await call('DELETE', `/api/companies/${copycat.id}`);
    await purgeTrash(t.deps, Date.now() + 91 * DAY);
    expect((await fetchBlob(logoUrl)).status).toBe(200);
  });

  it('keeps the logo of a deleted company for its restore, and purging the trash removes the file', async () => {
    const company = await newCompany();
    const { logoUrl } = (await upload(company.id, PNG, 'image/png')).body.company;
    await call('DELETE', `/api/companies/${company.id}`);
    expect((await fetchBlob(logoUrl)).status).toBe(200);
    await call('POST', `/api/trash/company/${company.id}/restore`);
    expect((await call('GET', `/api/companies/${company.id}`)).body.company.logoUrl).toBe(logoUrl);

    await call('DELETE', `/api/companies/${company.id}`);
    expect(await purgeTrash(t.deps, Date.now() + 91 * DAY)).toBe(1);
    expect(storedFiles()).toEqual([]);
    expect((await fetchBlob(logoUrl)).status).toBe(404);
  });

  it("lets the extension's dashboard page upload and read logos across origins", async () => {
    const company = await newCompany();
    const preflight = await t.app.request(`/api/companies/${company.id}/logo`, {
      method: 'OPTIONS',
      headers: {
        origin: EXTENSION_ORIGIN,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,content-type,x-fjord-channel',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const { logoUrl } = (await upload(company.id, PNG, 'image/png')).body.company;
    const served = await t.app.request(logoUrl, { headers: { authorization: `Bearer ${token}`, origin: EXTENSION_ORIGIN } });
    expect(served.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  });

  it('keeps blobs beside a file database unless BLOB_DIR says otherwise', () => {
    expect(blobDirFor({ DATABASE_URL: 'file:/srv/fjord/fjord.db', BLOB_DIR: undefined })).toBe('/srv/fjord/blobs');
    expect(blobDirFor({ DATABASE_URL: 'libsql://fjord.turso.io', BLOB_DIR: undefined })).toBe(join(process.cwd(), 'data/blobs'));
    expect(blobDirFor({ DATABASE_URL: 'file:/srv/fjord/fjord.db', BLOB_DIR: '/var/fjord-blobs' })).toBe('/var/fjord-blobs');
  });
});
