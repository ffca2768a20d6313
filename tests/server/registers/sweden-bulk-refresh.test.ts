import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshSwedishBulkFiles } from '../../../server/registers/bolagsverket/sweden-bulk-refresh';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { mirrorUnit } from '../../../server/registers/mirror/mirror-store';
import { startRegisterUpdates } from '../../../server/registers/register-updates-job';
import { type RecordedRequest, recordedServer } from '../../helpers/recorded-http';
import { tempDir } from '../../helpers/temp-dir';
import { apiCaller, createTestApp } from '../../helpers/test-app';
import { writeZip } from '../../helpers/zip-file';

const fixture = (path: string) => readFileSync(resolve('tests/fixtures/registers', path), 'utf8');
const BOLAGSVERKET = fixture('bolagsverket/bolagsverket_bulkfil-sample.txt');
const SCB = fixture('scb/scb_bulkfil-sample.txt');
const DAY = 86_400_000;

/** A file as the register publishes it: a copy with an ETag and a date, answered conditionally. */
type Published = { file: string; etag: string; lastModified: number; status?: number };

describe("keeping Sweden's mirror current from the weekly bulk files", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: ReturnType<typeof tempDir>;
  let register: Awaited<ReturnType<typeof recordedServer>>;
  const published: Record<'bolagsverket' | 'scb', Published | null> = { bolagsverket: null, scb: null };
  const answer = (key: 'bolagsverket' | 'scb') => (req: RecordedRequest) => {
    const copy = published[key];
    if (!copy) return { status: 404 };
    if (copy.status) return { status: copy.status, body: 'Service Unavailable' };
    const ims = req.headers['if-modified-since'];
    if (req.headers['if-none-match'] === copy.etag || (ims && Date.parse(ims) >= copy.lastModified)) return { status: 304 };
    const headers = { etag: copy.etag, 'last-modified': new Date(copy.lastModified).toUTCString() };
    return { file: copy.file, contentType: 'application/zip', headers };
  };
  const urls = () => ({
    bolagsverket: `${register.url}/bolagsverket/bolagsverket_bulkfil.zip`,
    scb: `${register.url}/scb/scb_bulkfil.zip`,
  });
  const publish = async (key: 'bolagsverket' | 'scb', text: string, etag: string, lastModified: number) => {
    const file = await writeZip(join(dir.path, `${key}-${etag.replace(/\W/g, '')}.zip`), [
      { name: `${key}_bulkfil.txt`, data: Buffer.from(text, key === 'scb' ? 'latin1' : 'utf8') },
    ]);
    published[key] = { file, etag, lastModified };
  };
  /** This week's file from Bolagsverket: one company renamed. */
  const publishRenamed = () =>
    publish('bolagsverket', BOLAGSVERKET.replace('Fjällräven Konsult AB', 'Fjällräven Digital AB'), '"bv-2"', Date.now() + DAY);
  const unit = (orgNumber: string) => mirrorUnit(t.deps.client, 'SE', orgNumber);

  beforeEach(async () => {
    t = await createTestApp();
    dir = tempDir('fjord-se-refresh-');
    register = await recordedServer({
      'GET /bolagsverket/bolagsverket_bulkfil.zip': answer('bolagsverket'),
      'GET /scb/scb_bulkfil.zip': answer('scb'),
    });
    // Last week's file, imported by hand.
    const first = await writeZip(join(dir.path, 'first.zip'), [
      { name: 'bolagsverket_bulkfil.txt', data: Buffer.from(BOLAGSVERKET) },
    ]);
    await importRegisterFile(t.deps.client, 'SE', first);
    await publish('scb', SCB, '"scb-1"', Date.now() - 30 * DAY);
  });
  afterEach(async () => {
    t.close();
    dir.remove();
    await register.close();
    published.bolagsverket = published.scb = null;
  });

  it('imports a file published since the last import, then asks again without downloading it', async () => {
    await publishRenamed();

    expect(await refreshSwedishBulkFiles(t.deps.client, urls())).toEqual({ imported: ['Bolagsverket'], unchanged: ['SCB'] });
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Digital AB', nace: null });
    // Nothing was known of either copy but the date of the import by hand.
    expect(
      register.requests.map((r) => [r.path, r.headers['if-modified-since'] ?? null, r.headers['if-none-match'] ?? null]),
    ).toEqual([
      ['/bolagsverket/bolagsverket_bulkfil.zip', expect.stringMatching(/ GMT$/), null],
      ['/scb/scb_bulkfil.zip', expect.stringMatching(/ GMT$/), null],
    ]);

    register.requests.length = 0;
    expect(await refreshSwedishBulkFiles(t.deps.client, urls())).toEqual({ imported: [], unchanged: ['Bolagsverket', 'SCB'] });
    expect(register.requests[0]!.headers['if-none-match']).toBe('"bv-2"');

    await publish('scb', SCB, '"scb-2"', Date.now() + 2 * DAY);
    expect(await refreshSwedishBulkFiles(t.deps.client, urls())).toEqual({ imported: ['SCB'], unchanged: ['Bolagsverket'] });
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Digital AB', nace: { code: '62.01' } });
  });

  it('keeps the mirror as it was when a download is cut short or a register is down, and tries again next run', async () => {
    await publishRenamed();
    const good = published.bolagsverket!.file;
    const whole = readFileSync(good);
    const cut = join(dir.path, 'cut.zip');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    published.bolagsverket = { ...published.bolagsverket!, file: cut };
    published.scb = { ...published.scb!, status: 503 };

    await expect(refreshSwedishBulkFiles(t.deps.client, urls())).rejects.toThrow(
      /^Bolagsverket: .*zip.* SCB: SCB's bulk file could not be downloaded \(HTTP 503/,
    );
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Konsult AB' });

    published.bolagsverket = { ...published.bolagsverket, file: good };
    published.scb = { ...published.scb, status: undefined, lastModified: Date.now() + DAY };
    expect(await refreshSwedishBulkFiles(t.deps.client, urls())).toEqual({ imported: ['Bolagsverket', 'SCB'], unchanged: [] });
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Digital AB', nace: { code: '62.01' } });
  });

  it('runs in the server while Sweden is mirrored, showing a failure in the settings until a run succeeds', async () => {
    await publishRenamed();
    published.scb = { ...published.scb!, status: 503 };
    const call = apiCaller(t.app, await t.login());
    const sweden = async () =>
      ((await call('GET', '/api/settings/registers')).body.registers as { country: string; mirror: unknown }[]).find(
        (r) => r.country === 'SE',
      )?.mirror;
    const logged: string[] = [];
    const start = () =>
      startRegisterUpdates(
        t.deps.client,
        t.deps.registers,
        { brreg: 'http://127.0.0.1:9', sweden: urls(), companiesHouseStream: null, streamPassMs: 1000 },
        3_600_000,
        (m) => logged.push(m),
      );
    let stop = start();
    try {
      await expect
        .poll(() => logged, { timeout: 10_000 })
        .toEqual([expect.stringMatching(/^register updates for SE failed: SCB: .*HTTP 503/)]);
      expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Digital AB' });
      expect(await sweden()).toEqual({
        importedAt: expect.any(Number),
        followed: true,
        checkedAt: null,
        lastError: expect.stringMatching(/SCB's bulk file could not be downloaded \(HTTP 503/),
      });
      // Kept as its wording: an admin who reads Norwegian reads it in Norwegian.
      await call('PATCH', '/api/auth/me', { language: 'nb' });
      expect(await sweden()).toMatchObject({
        lastError: expect.stringMatching(/^SCB: Klarte ikke å laste ned registerfilen fra SCB \(HTTP 503 fra http/),
      });
      await call('PATCH', '/api/auth/me', { language: 'en' });

      stop();
      published.scb = { ...published.scb!, status: undefined, lastModified: Date.now() + DAY };
      stop = start();
      await expect
        .poll(async () => ((await sweden()) as { checkedAt: number | null }).checkedAt, { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect(await sweden()).toMatchObject({ lastError: null });
      expect(await unit('5592223308')).toMatchObject({ nace: { code: '62.01' } });
    } finally {
      stop();
    }
  });

  it('refuses to refresh a country that was never imported', async () => {
    const fresh = await createTestApp();
    try {
      await expect(refreshSwedishBulkFiles(fresh.deps.client, urls())).rejects.toThrow(/not mirrored/);
    } finally {
      fresh.close();
    }
  });
});
