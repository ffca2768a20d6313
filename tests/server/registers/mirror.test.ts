import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterCompany } from '../../../shared/registers/register-company';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { mirrorDepartments, mirroredCountries, mirrorUnit } from '../../../server/registers/mirror/mirror-store';
import { searchMirror } from '../../../server/registers/mirror/mirror-search';
import { createTestApp } from '../../helpers/test-app';
import { tempDir } from '../../helpers/temp-dir';

const brreg = (name: string) => JSON.parse(readFileSync(resolve('tests/fixtures/registers/brreg', `${name}.json`), 'utf8'));

/** Brreg's unit dump as the register ships it: one JSON array, gzipped. */
function brregDump(dir: string) {
  const units = [
    brreg('enheter-details-response'),
    brreg('enheter-details-deleted-response'),
    ...brreg('enheter-search-page1-response')._embedded.enheter,
    ...brreg('enheter-search-page2-response')._embedded.enheter,
    ...brreg('underenheter-search-response')._embedded.underenheter,
    brreg('underenheter-details-response'),
    { navn: 'Broken record without a number' },
  ];
  const path = join(dir, 'enheter_alle.json.gz');
  writeFileSync(path, gzipSync(JSON.stringify(units, null, 1)));
  return path;
}

describe('the local register mirror', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    t = await createTestApp();
    dir = tempDir('fjord-mirror-');
  });
  afterEach(() => {
    t.close();
    dir.remove();
  });

  it('imports a gzipped Brreg JSON dump with progress, skipping what is not a unit', async () => {
    const progress: number[] = [];
    const result = await importRegisterFile(t.deps.client, 'NO', brregDump(dir.path), (p) => progress.push(p.units));
    expect(result).toMatchObject({ format: 'json', container: 'gzip', units: 7, skipped: 1, fraction: 1 });
    expect(progress.at(-1)).toBe(7);
    expect([...(await mirroredCountries(t.deps.client))]).toEqual(['NO']);

    const sesam = await mirrorUnit(t.deps.client, 'NO', '112233445');
    expect(sesam).toMatchObject({ name: 'SESAM STASJON', nace: { code: '52.29' }, employees: 50 });
    expect(await mirrorDepartments(t.deps.client, 'NO', '443322119')).toMatchObject([{ orgNumber: '334455660' }]);
  });

  it('finds names by prefix first, then by any word, never deleted units or sub-units, and numbers directly', async () => {
    await importRegisterFile(t.deps.client, 'NO', brregDump(dir.path));
    const names = async (q: string) => (await searchMirror(t.deps.client, q, ['NO'], 10)).map((h) => h.name);
    expect(await names('ses')).toEqual(['SESAM AS', 'SESAM FAMILIEBARNEHAGE', 'SESAM FILMKLUBB', 'SESAM STASJON']);
    expect(await names('sesam fam')).toEqual(['SESAM FAMILIEBARNEHAGE']);
    expect(await names('filmk')).toEqual(['SESAM FILMKLUBB']);
    expect(await names('slettet')).toEqual([]);
    expect(await names('trylle')).toEqual([]);
    expect(await searchMirror(t.deps.client, '976 030 788', ['NO'], 10)).toMatchObject([
      { country: 'NO', orgNumber: '976030788', name: 'SESAM AS', orgForm: 'AS', city: 'Trondheim', status: 'active' },
    ]);
    expect(await searchMirror(t.deps.client, 'ses', ['SE'], 10)).toEqual([]);
  });

  it('reads the Brreg CSV dump and Companies House BasicCompanyData; a re-import updates in place', async () => {
    const csv = await importRegisterFile(t.deps.client, 'NO', resolve('tests/fixtures/registers/brreg/enheter-sample.csv'));
    expect(csv).toMatchObject({ format: 'csv', units: 2, skipped: 1 });
    expect(await mirrorUnit(t.deps.client, 'NO', '914778271')).toMatchObject({
      name: 'BODØ FISK OG VILT AS',
      nace: { code: '46.38' },
      businessAddress: { street: 'Havnegata 12, 2. etasje', postalCode: '8006', city: 'Bodø' },
      status: 'bankrupt',
      flags: { bankrupt: true },
    });
    expect(await mirrorUnit(t.deps.client, 'NO', '923609016')).toMatchObject({
      website: 'https://www.nordlys-energi.no',
      postalAddress: { street: 'Postboks 123', city: 'Tromsø' },
    });
    // Folded: "bodo" finds Bodø; bankrupt units are still found (the status says so).
    expect((await searchMirror(t.deps.client, 'bodo', ['NO'], 10)).map((h) => h.status)).toEqual(['bankrupt']);

    const gb = await importRegisterFile(
      t.deps.client,
      'GB',
      resolve('tests/fixtures/registers/companies-house/BasicCompanyData-sample.csv'),
    );
    expect(gb.units).toBe(2);
    expect(await mirrorUnit(t.deps.client, 'GB', 'SC123456')).toMatchObject({
      name: 'NORTHERN LIGHTS TRADING PLC',
      orgForm: { code: 'plc' },
      nace: { code: '46.38' },
      businessAddress: { street: '2 QUAY ROAD, UNIT 4', city: 'Lerwick', postalCode: 'ZE1 0AA' },
      status: 'dissolving',
      registeredOn: '2001-06-01',
    });
    expect((await searchMirror(t.deps.client, 'nor', ['NO', 'GB'], 10)).map((h) => h.name)).toEqual([
      'NORDLYS ENERGI AS',
      'NORTH SEA SOFTWARE LTD',
      'NORTHERN LIGHTS TRADING PLC',
    ]);

    // A renamed unit (Fjord's own JSON lines): found under its new name only.
    const renamed: RegisterCompany = { ...(await mirrorUnit(t.deps.client, 'NO', '923609016'))!, name: 'AURORA KRAFT AS' };
    const jsonl = join(dir.path, 'update.jsonl');
    writeFileSync(jsonl, `${JSON.stringify(renamed)}\n`);
    expect(await importRegisterFile(t.deps.client, 'NO', jsonl)).toMatchObject({ format: 'jsonl', units: 1 });
    expect((await searchMirror(t.deps.client, 'kraft', ['NO'], 10)).map((h) => h.name)).toEqual(['AURORA KRAFT AS']);
    expect(await searchMirror(t.deps.client, 'nordlys', ['NO'], 10)).toEqual([]);
  });

  it('reads a dump written one element per line, and says where one written short breaks', async () => {
    const units = brreg('enheter-search-page1-response')._embedded.enheter as object[];
    const lines = join(dir.path, 'lines.json');
    writeFileSync(lines, `[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`);
    expect(await importRegisterFile(t.deps.client, 'NO', lines)).toMatchObject({ format: 'json', units: 2, skipped: 0 });
    const cut = join(dir.path, 'cut.json');
    writeFileSync(cut, `[\n${units.map((u) => JSON.stringify(u)).join(',\n')},\n{"organisasjonsnummer": "9760`);
    await expect(importRegisterFile(t.deps.client, 'NO', cut)).rejects.toThrow(
      'Line 4 of the file is not a complete JSON object',
    );
  });

  it('refuses a file it cannot read, naming what it found', async () => {
    const path = join(dir.path, 'other.csv');
    writeFileSync(path, 'foo,bar\n1,2\n');
    await expect(importRegisterFile(t.deps.client, 'DK', path)).rejects.toThrow(
      /No bulk format known for DK files with columns foo, bar/,
    );
  });
});
