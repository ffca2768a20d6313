import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followCompaniesHouseStream } from '../../../server/registers/companies-house/companies-house-stream';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { mirrorUnit } from '../../../server/registers/mirror/mirror-store';
import { searchMirror } from '../../../server/registers/mirror/mirror-search';
import { startRegisterUpdates } from '../../../server/registers/register-updates-job';
import { apiCaller, createTestApp } from '../../helpers/test-app';

const fixture = (name: string) => resolve('tests/fixtures/registers/companies-house', name);
const profile = (name: string) => JSON.parse(readFileSync(fixture(`${name}.json`), 'utf8')) as Record<string, unknown>;
const KEY = 'stream-key-123';

/** An event of `GET /companies` on the streaming API, in the documented shape. */
const event = (timepoint: number, data: Record<string, unknown>, type = 'changed') => ({
  resource_kind: 'company-profile',
  resource_uri: `/company/${String(data.company_number)}`,
  resource_id: data.company_number,
  data,
  event: { timepoint, published_at: '2026-12-02T06:00:00', type, fields_changed: ['company_status'] },
});

/**
 * Companies House's stream on loopback: sends what `lines` holds for the timepoint asked for,
 * then keeps the connection open as the real stream does, writing a heartbeat now and then.
 */
async function streamServer() {
  const requests: { url: string; authorization: string | undefined }[] = [];
  let answer: (timepoint: string | null) => { status: number; lines: string[] } = () => ({ status: 200, lines: [] });
  const open = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const expected = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;
    if (req.headers.authorization !== expected) return void res.writeHead(401).end();
    const { status, lines } = answer(new URL(req.url ?? '/', 'http://x').searchParams.get('timepoint'));
    if (status !== 200) return void res.writeHead(status).end();
    res.writeHead(200, { 'content-type': 'application/json' });
    for (const line of lines) res.write(`${line}\n`);
    open.add(res);
    const heartbeat = setInterval(() => res.write('\n'), 50);
    res.on('close', () => {
      clearInterval(heartbeat);
      open.delete(res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    answer: (fn: typeof answer) => (answer = fn),
    close: () =>
      new Promise<void>((done) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe("keeping the UK mirror current from Companies House's streaming API", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let stream: Awaited<ReturnType<typeof streamServer>>;
  const unit = (n: string) => mirrorUnit(t.deps.client, 'GB', n);
  beforeEach(async () => {
    t = await createTestApp();
    stream = await streamServer();
    await importRegisterFile(t.deps.client, 'GB', fixture('BasicCompanyData-sample.csv'));
  });
  afterEach(async () => {
    t.close();
    await stream.close();
  });

  it('applies changed and deleted companies for the length of a pass, then resumes from the saved timepoint', async () => {
    const renamed = {
      ...profile('company-profile-dissolved'),
      company_number: '09876543',
      company_name: 'NORTH SEA SOFTWARE GROUP LTD',
      company_status: 'active',
    };
    stream.answer(() => ({
      status: 200,
      lines: [
        JSON.stringify(event(1001, profile('company-profile-liquidation'))),
        '',
        JSON.stringify(event(1002, renamed)),
        '{"resource_kind": "company-profile", "data": {"cut sh',
        JSON.stringify({ ...event(1003, { company_number: 'SC123456' }, 'deleted') }),
        JSON.stringify({ resource_kind: 'company-officers', data: {}, event: { timepoint: 1004, type: 'changed' } }),
      ],
    }));
    const started = Date.now();
    const first = await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(first).toEqual({ units: 2, removed: 1, timepoint: 1004 });
    expect(stream.requests[0]).toEqual({
      url: '/companies',
      authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
    });

    expect(await unit('00006402')).toMatchObject({
      name: 'RENABLE PHARMA LTD',
      status: 'dissolving',
      businessAddress: { city: 'Marlow' },
    });
    expect(await unit('09876543')).toMatchObject({ name: 'NORTH SEA SOFTWARE GROUP LTD', status: 'active' });
    expect(await unit('SC123456')).toBeNull();
    expect((await searchMirror(t.deps.client, 'north sea', ['GB'], 10)).map((h) => h.name)).toEqual([
      'NORTH SEA SOFTWARE GROUP LTD',
    ]);

    stream.answer((timepoint) => ({ status: 200, lines: timepoint === '1004' ? [] : ['unexpected'] }));
    expect(await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200)).toEqual({
      units: 0,
      removed: 0,
      timepoint: 1004,
    });
    expect(stream.requests[1]!.url).toBe('/companies?timepoint=1004');
  });

  it('ends a company changed twice in one pass as its last event says, and moves past events it does not read', async () => {
    const liquidation = profile('company-profile-liquidation');
    stream.answer(() => ({
      status: 200,
      lines: [
        JSON.stringify(event(20, { ...liquidation, company_status: 'active' })),
        JSON.stringify(event(21, { ...liquidation, company_status: 'dissolved' })),
      ],
    }));
    await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200);
    expect(await unit('00006402')).toMatchObject({ status: 'deleted' });

    stream.answer(() => ({
      status: 200,
      lines: [JSON.stringify({ resource_kind: 'company-charges', data: {}, event: { timepoint: 30, type: 'changed' } })],
    }));
    expect(await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200)).toMatchObject({ timepoint: 30 });
    await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 100);
    expect(stream.requests.at(-1)!.url).toBe('/companies?timepoint=30');
  });

  it('starts again from now when the saved timepoint is too old, saying changes were missed; names a refused key', async () => {
    stream.answer(() => ({ status: 200, lines: [JSON.stringify(event(5, profile('company-profile-liquidation')))] }));
    await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200);
    stream.answer((timepoint) => (timepoint ? { status: 416, lines: [] } : { status: 200, lines: [] }));
    await expect(followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200)).rejects.toThrow(
      /changes were missed, so import the newest BasicCompanyData file/,
    );
    await followCompaniesHouseStream(t.deps.client, { url: stream.url, key: KEY }, 200);
    expect(stream.requests.map((r) => r.url)).toEqual(['/companies', '/companies?timepoint=5', '/companies']);

    await expect(followCompaniesHouseStream(t.deps.client, { url: stream.url, key: 'wrong' }, 200)).rejects.toThrow(
      'Companies House refused the stream key (HTTP 401); check COMPANIES_HOUSE_STREAM_KEY.',
    );
  });

  it('is followed by the server only with a stream key, and the settings say so', async () => {
    const call = apiCaller(t.app, await t.login());
    const uk = async () =>
      (
        (await call('GET', '/api/settings/registers')).body.registers as { country: string; mirror: { followed: boolean } }[]
      ).find((r) => r.country === 'GB')!.mirror;
    expect(await uk()).toMatchObject({ followed: false });

    stream.answer(() => ({ status: 200, lines: [JSON.stringify(event(7, profile('company-profile-liquidation')))] }));
    const sources = {
      brreg: 'http://127.0.0.1:9',
      sweden: { bolagsverket: 'http://127.0.0.1:9', scb: 'http://127.0.0.1:9' },
      companiesHouseStream: { url: stream.url, key: KEY },
      streamPassMs: 200,
    };
    const stop = startRegisterUpdates(t.deps.client, t.deps.registers, sources, 3_600_000, () => undefined);
    try {
      await expect.poll(() => unit('00006402'), { timeout: 10_000 }).toMatchObject({ name: 'RENABLE PHARMA LTD' });
      await expect
        .poll(
          async () =>
            (await t.deps.client.execute("select checked_at from register_feeds where country = 'GB'")).rows[0]!.checked_at,
        )
        .toBeGreaterThan(0);
    } finally {
      stop();
    }
  });
});
