import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { companyArgs, pushBody } from '../helpers/factories';
import { tempDir } from '../helpers/temp-dir';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

const PNG = readFileSync(join('tests/fixtures/images', 'fjord-logo.png'));
const SVG = readFileSync(join('tests/fixtures/images', 'scripted.svg'));

/** A web site on 127.0.0.1 standing in for the outside: logos, pages, redirects and a server that never answers. */
function logoSite() {
  let fetches: string[] = [];
  const redirect = (res: ServerResponse, to: string) => res.writeHead(302, { location: to }).end();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    fetches.push(path);
    const port = (server.address() as AddressInfo).port;
    if (path === '/logo.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (path === '/huge.png') {
      // 10 MB without a Content-Length, so only counting the bytes can stop it.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG);
      const chunk = Buffer.alloc(64 * 1024);
      for (let i = 0; i < 160; i++) res.write(chunk);
      return res.end();
    }
    if (path === '/page.html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Welcome</h1>');
    if (path === '/logo.svg') return res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
    if (path === '/to-loopback') return redirect(res, `http://127.0.0.2:${port}/logo.png`);
    if (path === '/to-private') return redirect(res, 'http://192.168.1.1/logo.png');
    if (path === '/to-metadata') return redirect(res, 'http://[::ffff:169.254.169.254]/latest/meta-data/');
    const hops = path.match(/^\/hops\/(\d+)$/);
    if (hops) return redirect(res, Number(hops[1]) === 1 ? '/logo.png' : `/hops/${Number(hops[1]) - 1}`);
    if (path === '/silent') return; // holds the request open, never answers
    res.writeHead(404).end();
  });
  return {
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    fetches: () => fetches,
    reset: () => (fetches = []),
  };
}

describe('logos given as web addresses are fetched once by the server into blob storage', () => {
  const site = logoSite();
  let base: string;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let blobDir: ReturnType<typeof tempDir>;
  let token: string;
  let call: ApiCall;

  beforeAll(async () => {
    base = await site.start();
  });
  afterAll(() => site.stop());
  beforeEach(async () => {
    site.reset();
    blobDir = tempDir('fjord-blobs-');
    // Loopback is refused in production; the tests' site on 127.0.0.1 (and only that address) is let through.
    t = await createTestApp({ BLOB_DIR: blobDir.path, LOGO_FETCH_ALLOW_HOSTS: '127.0.0.1', LOGO_FETCH_TIMEOUT_MS: '1500' });
    token = await t.login();
    call = apiCaller(t.app, token);
  });
  afterEach(() => {
    t.deps.logoImports.stop();
    t.close();
    blobDir.remove();
  });

  const settled = (companyId: string) => t.deps.logoImports.settled(t.first.workspaceId, companyId);
  const company = async (id: string) => (await call('GET', `/api/companies/${id}`)).body.company;
  const blobPath = () => new RegExp(`^/api/blobs/${t.first.workspaceId}\\.[0-9a-f-]+\\.[0-9a-f]{32}$`);

  it('imports a PNG given in a REST update: logoUrl becomes the stored copy, the remote address is never stored', async () => {
    const created = (await call('POST', '/api/companies', { name: 'Logo AS' })).body.company;
    const patched = await call('PATCH', `/api/companies/${created.id}`, { logoUrl: `${base}/logo.png` });
    expect(patched.status).toBe(200);
    expect(patched.body.company.logoUrl).toBeNull();

    expect(await settled(created.id)).toMatchObject({ url: `${base}/logo.png`, state: 'imported', reason: null });
    const { logoUrl } = await company(created.id);
    expect(logoUrl).toMatch(blobPath());
    expect((await settled(created.id))!.logoUrl).toBe(logoUrl);
    const served = await t.app.request(logoUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect(site.fetches()).toEqual(['/logo.png']);
    const { entries } = (await call('GET', `/api/history/company/${created.id}`)).body;
    expect(entries.filter((e: { field: string }) => e.field === 'logoUrl').map((e: { newValue: unknown }) => e.newValue)).toEqual(
      [logoUrl],
    );
    expect((await call('GET', `/api/companies/${created.id}/logo/import`)).body.import).toMatchObject({ state: 'imported' });
  });

  it('imports the logo of a company created by /sync/push (the popup quick-add), and the pull never carries the address', async () => {
    const args = companyArgs({ logoUrl: `${base}/logo.png` });
    const res = await t.app.request('/sync/push', json('POST', pushBody(newId(), [{ name: 'company.create', args }]), token));
    expect(((await res.json()) as any).results[0].status).toBe('applied');
    expect(await settled(args.id)).toMatchObject({ state: 'imported' });
    expect((await company(args.id)).logoUrl).toMatch(blobPath());

    const pulled = await (
      await t.app.request(`/sync/pull?protocolVersion=1&cursor=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    expect(pulled).not.toContain(base);
  });

  it('follows up to 3 redirects, each checked', async () => {
    const created = (await call('POST', '/api/companies', { name: 'Hops AS', logoUrl: `${base}/hops/3` })).body.company;
    expect(await settled(created.id)).toMatchObject({ state: 'imported' });
    expect(site.fetches()).toEqual(['/hops/3', '/hops/2', '/hops/1', '/logo.png']);
  });

  it('imports at start the logos saved as web addresses before the server fetched them', async () => {
    const created = (await call('POST', '/api/companies', { name: 'Gammel AS' })).body.company;
    // As a company written by an older server holds it.
    await t.deps.client.execute({
      sql: 'update companies set logo_url = ? where id = ?',
      args: [`${base}/logo.png`, created.id],
    });
    await t.deps.logoImports.importExternalLogos();
    expect((await company(created.id)).logoUrl).toMatch(blobPath());
    const { entries } = (await call('GET', `/api/history/company/${created.id}`)).body;
    expect(entries[0]).toMatchObject({ field: 'logoUrl', oldValue: `${base}/logo.png`, channel: 'import' });
  });

  describe('refuses, says why and leaves the logo as it was', () => {
    let id: string;
    let before: string;
    beforeEach(async () => {
      id = (await call('POST', '/api/companies', { name: 'Kept AS', logoUrl: `${base}/logo.png` })).body.company.id;
      await settled(id);
      before = (await company(id)).logoUrl;
      expect(before).toMatch(blobPath());
      site.reset();
    });

    it.each([
      ['a 10 MB body', '/huge.png', /larger than 2 MB/],
      ['an HTML page', '/page.html', /it is text\/html, not a PNG, JPEG, WebP or GIF image/],
      ['an SVG carrying a script', '/logo.svg', /SVG image, which is not accepted/],
      ['a redirect to another loopback address', '/to-loopback', /127\.0\.0\.2 is not a public address/],
      ['a redirect to a private address', '/to-private', /192\.168\.1\.1 is not a public address/],
      ['a redirect to cloud metadata in IPv6 clothing', '/to-metadata', /carries 169\.254\.169\.254/],
      ['more than 3 redirects', '/hops/4', /redirects more than 3 times/],
      ['a site that does not answer in time', '/silent', /did not answer within 1\.5 s/],
      ['a missing file', '/missing.png', /HTTP 404/],
    ])('%s', async (_what, path, reason) => {
      await call('PATCH', `/api/companies/${id}`, { logoUrl: `${base}${path}` });
      const status = await settled(id);
      expect(status).toMatchObject({ url: `${base}${path}`, state: 'refused' });
      expect(status!.reason).toMatch(reason);
      expect((await call('GET', `/api/companies/${id}/logo/import`)).body.import.reason).toMatch(reason);
      expect((await company(id)).logoUrl).toBe(before);
      const { entries } = (await call('GET', `/api/history/company/${id}`)).body;
      expect(entries.filter((e: { field: string }) => e.field === 'logoUrl')).toHaveLength(1);
    });
  });

  it('refuses loopback when no address is let through (production), before connecting', async () => {
    t.close();
    t = await createTestApp({ BLOB_DIR: blobDir.path });
    token = await t.login();
    call = apiCaller(t.app, token);
    const created = (await call('POST', '/api/companies', { name: 'Local AS', logoUrl: `${base}/logo.png` })).body.company;
    expect((await settled(created.id))!.reason).toMatch(/127\.0\.0\.1 is not a public address/);
    expect(site.fetches()).toEqual([]);
    expect((await company(created.id)).logoUrl).toBeNull();
  });

  it('refuses a logoUrl that is neither a web address nor an uploaded image, by REST and by push alike', async () => {
    const rest = await call('POST', '/api/companies', { name: 'Script AS', logoUrl: 'javascript:alert(1)' });
    expect(rest.status).toBe(400);
    expect(JSON.stringify(rest.body)).toMatch(/logoUrl/);
    const args = companyArgs({ logoUrl: 'data:image/png;base64,AAAA' });
    const res = await t.app.request('/sync/push', json('POST', pushBody(newId(), [{ name: 'company.create', args }]), token));
    expect(((await res.json()) as any).results[0]).toMatchObject({ status: 'rejected', reason: 'invalid', field: 'logoUrl' });
  });

  it("does not let another workspace see a company's import", async () => {
    const created = (await call('POST', '/api/companies', { name: 'Mine AS', logoUrl: `${base}/logo.png` })).body.company;
    await settled(created.id);
    const other = await t.otherWorkspace();
    expect((await call('GET', `/api/companies/${created.id}/logo/import`, undefined, other.token)).status).toBe(404);
  });
});
