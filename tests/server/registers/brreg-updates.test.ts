import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncBrregUpdates } from '../../../server/registers/brreg/brreg-updates';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { mirrorUnit } from '../../../server/registers/mirror/mirror-store';
import { searchMirror } from '../../../server/registers/mirror/mirror-search';
import { brregUnit, norwegianOrgNumbers } from '../../helpers/generated-units';
import { recordedServer } from '../../helpers/recorded-http';
import { tempDir } from '../../helpers/temp-dir';
import { createTestApp } from '../../helpers/test-app';

const feed = (list: string, updates: [number, string, string][]) =>
  JSON.stringify({
    _embedded: {
      [list]: updates.map(([id, orgnr, type]) => ({
        oppdateringsid: id,
        dato: '2026-12-01T05:00:00.000Z',
        organisasjonsnummer: orgnr,
        endringstype: type,
      })),
    },
    page: { size: 500, totalElements: updates.length, totalPages: 1, number: 0 },
  });
const empty = (list: string) =>
  JSON.stringify({ _embedded: { [list]: [] }, page: { size: 500, totalElements: 0, totalPages: 0, number: 0 } });

describe("following Enhetsregisteret's change feed", () => {
  const next = norwegianOrgNumbers(95_000_000);
  const [renamed, deleted, added, removed, untouched] = [next(), next(), next(), next(), next()];
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: ReturnType<typeof tempDir>;
  let brreg: Awaited<ReturnType<typeof recordedServer>>;
  beforeEach(async () => {
    t = await createTestApp();
    dir = tempDir('fjord-updates-');
    const dump = join(dir.path, 'enheter.json');
    writeFileSync(dump, JSON.stringify([renamed, deleted, removed, untouched].map((n, i) => brregUnit(i + 1, n))));
    await importRegisterFile(t.deps.client, 'NO', dump);
    brreg = await recordedServer({});
  });
  afterEach(async () => {
    t.close();
    dir.remove();
    await brreg.close();
  });

  it('reads every changed unit again, marks deleted ones, drops removed ones, and resumes from its position', async () => {
    Object.assign(brreg.routes, {
      [`GET /enheter/${renamed}`]: { body: JSON.stringify(brregUnit(1, renamed, { navn: 'AURORA NYTT NAVN AS' })) },
      [`GET /enheter/${deleted}`]: {
        status: 410,
        body: JSON.stringify({ organisasjonsnummer: deleted, navn: 'GONE AS', slettedato: '2026-12-01' }),
      },
      [`GET /enheter/${added}`]: { body: JSON.stringify(brregUnit(9, added, { navn: 'HELT NY BEDRIFT AS' })) },
      'GET /oppdateringer/underenheter?oppdateringsid=1&size=500': { body: empty('oppdaterteUnderenheter') },
      'GET /oppdateringer/enheter?oppdateringsid=104&size=500': { body: empty('oppdaterteEnheter') },
    });
    brreg.routes[`GET /oppdateringer/enheter?${await feedStart(t)}&size=500`] = {
      body: feed('oppdaterteEnheter', [
        [100, renamed, 'Endring'],
        [101, deleted, 'Sletting'],
        [102, added, 'Ny'],
        [103, removed, 'Fjernet'],
      ]),
    };
    brreg.routes[`GET /oppdateringer/underenheter?${await feedStart(t)}&size=500`] = {
      body: feed('oppdaterteUnderenheter', [[0, untouched, 'Endring']]),
    };
    brreg.routes[`GET /underenheter/${untouched}`] = { status: 404, body: '{}' };

    const first = await syncBrregUpdates(t.deps.client, brreg.url);
    expect(first).toEqual({ units: 3, removed: 1, position: { enheter: 103, underenheter: 0 } });
    expect((await searchMirror(t.deps.client, 'aurora nytt', ['NO'], 5)).map((h) => h.orgNumber)).toEqual([renamed]);
    expect(await mirrorUnit(t.deps.client, 'NO', deleted)).toMatchObject({ status: 'deleted' });
    expect(await mirrorUnit(t.deps.client, 'NO', added)).toMatchObject({ name: 'HELT NY BEDRIFT AS' });
    expect(await mirrorUnit(t.deps.client, 'NO', removed)).toBeNull();
    expect(await mirrorUnit(t.deps.client, 'NO', untouched)).not.toBeNull();

    brreg.requests.length = 0;
    const second = await syncBrregUpdates(t.deps.client, brreg.url);
    expect(second).toEqual({ units: 0, removed: 0, position: { enheter: 103, underenheter: 0 } });
    expect(brreg.requests.map((r) => r.path)).toEqual([
      '/oppdateringer/enheter?oppdateringsid=104&size=500',
      '/oppdateringer/underenheter?oppdateringsid=1&size=500',
    ]);
  });

  it('keeps its place when the register fails midway', async () => {
    brreg.routes[`GET /oppdateringer/enheter?${await feedStart(t)}&size=500`] = { status: 503, body: 'down' };
    await expect(syncBrregUpdates(t.deps.client, brreg.url)).rejects.toThrow(/Brønnøysundregistrene .* answered HTTP 503/);
    const { rows } = await t.deps.client.execute("select position from register_feeds where country = 'NO'");
    expect(rows[0]!.position).toBeNull();
  });
});

/** The feed is first asked from the time of the import. */
async function feedStart(t: Awaited<ReturnType<typeof createTestApp>>) {
  const { rows } = await t.deps.client.execute("select last_run_at from register_feeds where country = 'NO'");
  return `dato=${encodeURIComponent(new Date(Number(rows[0]!.last_run_at)).toISOString())}`;
}
