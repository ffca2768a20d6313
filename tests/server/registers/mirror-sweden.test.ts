import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerFlags } from '../../../shared/registers/register-company';
import { importRegisterFile } from '../../../server/registers/mirror/import-units';
import { searchMirror } from '../../../server/registers/mirror/mirror-search';
import { mirroredCountries, mirrorUnit } from '../../../server/registers/mirror/mirror-store';
import { apiCaller, createTestApp } from '../../helpers/test-app';
import { tempDir } from '../../helpers/temp-dir';
import { writeZip } from '../../helpers/zip-file';

const fixture = (path: string) => readFileSync(resolve('tests/fixtures/registers', path), 'utf8');
// The real file has carried NUL bytes inside values.
const BOLAGSVERKET = fixture('bolagsverket/bolagsverket_bulkfil-sample.txt').replace(
  'Fjällnäs Fastigheter AB$',
  'Fjällnäs Fastigheter\0 AB$',
);
const SCB = fixture('scb/scb_bulkfil-sample.txt');

describe("Sweden's mirror from Bolagsverket's and SCB's bulk files", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: ReturnType<typeof tempDir>;
  const bolagsverketZip = (encoding: BufferEncoding = 'utf8') =>
    writeZip(join(dir.path, 'bolagsverket_bulkfil.zip'), [
      { name: 'bolagsverket_bulkfil.txt', data: Buffer.from(BOLAGSVERKET, encoding) },
    ]);
  // The real SCB file is Latin-1; its archive may carry a short description beside the data.
  const scbZip = () =>
    writeZip(join(dir.path, 'scb_bulkfil.zip'), [
      { name: 'LASMIG.txt', data: Buffer.from('Beskrivning av filen.\n', 'latin1') },
      { name: 'scb_bulkfil_JE_20261130T055245_80.txt', data: Buffer.from(SCB, 'latin1') },
    ]);
  const unit = (orgNumber: string) => mirrorUnit(t.deps.client, 'SE', orgNumber);

  beforeEach(async () => {
    t = await createTestApp();
    dir = tempDir('fjord-mirror-se-');
  });
  afterEach(() => {
    t.close();
    dir.remove();
  });

  it("imports Bolagsverket's zipped bulk file with progress, reading its composite values", async () => {
    const progress: number[] = [];
    const result = await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip(), (p) => progress.push(p.fraction));
    expect(result).toMatchObject({ format: 'csv', container: 'zip', units: 9, skipped: 1, fraction: 1 });
    expect(progress.at(-1)).toBe(1);
    expect([...(await mirroredCountries(t.deps.client))]).toEqual(['SE']);

    expect(await unit('5592223308')).toEqual({
      country: 'SE',
      orgNumber: '5592223308',
      name: 'Fjällräven Konsult AB',
      orgForm: { code: 'AB', label: 'Aktiebolag' },
      nace: null,
      industry: null,
      employees: null,
      businessAddress: null,
      postalAddress: { street: 'c/o Anna Berg, Storgatan 1', postalCode: '11122', city: 'Stockholm', country: 'SE' },
      website: null,
      status: 'active',
      // No flag set, none of the tax registers known (the open data does not carry them).
      flags: registerFlags(),
      parentOrgNumber: null,
      registeredOn: '2015-03-02',
    });
    expect(await unit('5561234500')).toMatchObject({ status: 'bankrupt', flags: { bankrupt: true } });
    expect(await unit('5569876500')).toMatchObject({ status: 'dissolving', postalAddress: { city: 'Fjällbacka' } });
    expect(await unit('5591112205')).toMatchObject({ status: 'deleted', flags: { deleted: true } });
    expect(await unit('7696123400')).toMatchObject({
      name: 'Bostadsrättsföreningen "Fjällsippan" i Umeå',
      orgForm: { code: 'BRF', label: 'Bostadsrättsförening' },
    });
    // The registered name, not the särskilt företagsnamn listed first; a concluded merger weighs nothing;
    // postnummer found where postort should be.
    expect(await unit('5564000809')).toMatchObject({
      name: 'Nordic Outdoor Group AB',
      status: 'active',
      postalAddress: { street: 'Kungsgatan 40', postalCode: '90325', city: 'Umeå' },
    });
    expect(await unit('5564000908')).toMatchObject({ name: 'Fjällnäs Fastigheter AB' });
    // A sole trader's ended registration does not hide the live one under the same personnummer.
    expect(await unit('4512311236')).toMatchObject({
      name: 'Berg Fjällguidning',
      orgForm: { code: 'E', label: 'Enskild näringsverksamhet' },
      status: 'active',
    });
  });

  it('reads the same units from a Latin-1 file, and the typeahead finds them', async () => {
    const result = await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip('latin1'));
    expect(result).toMatchObject({ units: 9, skipped: 1 });
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Konsult AB', postalAddress: { city: 'Stockholm' } });
    const names = async (q: string) => (await searchMirror(t.deps.client, q, ['SE'], 10)).map((h) => h.name);
    expect(await names('fjällr')).toEqual(['Fjällräven Konsult AB']);
    // Deleted units are not offered.
    expect(await names('fjällstugan')).toEqual([]);
    expect(await searchMirror(t.deps.client, '559222-3308', ['SE'], 10)).toMatchObject([
      { country: 'SE', orgNumber: '5592223308', orgForm: 'AB', city: 'Stockholm', status: 'active' },
    ]);
  });

  it("adds SCB's industry codes without undoing Bolagsverket's names, in either order, and adds units only SCB has", async () => {
    await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip());
    const scb = await importRegisterFile(t.deps.client, 'SE', await scbZip());
    expect(scb).toMatchObject({ format: 'csv', container: 'zip', units: 7, skipped: 1 });

    expect(await unit('5592223308')).toMatchObject({
      name: 'Fjällräven Konsult AB',
      orgForm: { code: 'AB', label: 'Aktiebolag' },
      nace: { code: '62.01', label: 'Computer programming activities' },
      industry: { code: '62010' },
      postalAddress: { street: 'c/o Anna Berg, Storgatan 1', city: 'Stockholm' },
    });
    expect(await unit('5561234500')).toMatchObject({ status: 'bankrupt', nace: { code: '47.64' } });
    expect(await unit('5564000908')).toMatchObject({ name: 'Fjällnäs Fastigheter AB', nace: null });
    expect(await unit('2120009994')).toMatchObject({
      name: 'EXEMPELBY KOMMUN',
      orgForm: { code: 'Kommun', label: 'Kommun' },
      nace: { code: '84.11' },
      postalAddress: { street: 'Stadshuset', postalCode: '93185', city: 'Skellefteå' },
      registeredOn: '1971-01-01',
    });
    // Tab-separated: a quote is part of the name.
    expect(await unit('8029991208')).toMatchObject({
      name: 'FÖRENINGEN "FJÄLLVÄNNER"',
      postalAddress: { street: 'c/o Lars Öst, Fjällstigen 5', city: 'Ånge' },
    });

    // Bolagsverket's next weekly file keeps what SCB added.
    await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip());
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Konsult AB', nace: { code: '62.01' } });
    const hits = await searchMirror(t.deps.client, 'fjällr', ['SE'], 10);
    expect(hits).toMatchObject([{ name: 'Fjällräven Konsult AB', orgForm: 'AB', city: 'Stockholm' }]);
  });

  it("takes Bolagsverket's names over SCB's when SCB's file came first", async () => {
    await importRegisterFile(t.deps.client, 'SE', await scbZip());
    expect(await unit('5592223308')).toMatchObject({ name: 'FJÄLLRÄVEN KONSULT AB', nace: { code: '62.01' } });
    expect(await unit('4512311236')).toMatchObject({ name: 'BERG FJÄLLGUIDNING', orgForm: { code: 'E' } });
    await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip());
    expect(await unit('5592223308')).toMatchObject({ name: 'Fjällräven Konsult AB', nace: { code: '62.01' } });
    expect(await unit('5591112205')).toMatchObject({ status: 'deleted', nace: { code: '68.20' } });
    expect((await searchMirror(t.deps.client, 'fjällräven', ['SE'], 10)).map((h) => h.name)).toEqual(['Fjällräven Konsult AB']);
  });

  it('answers the typeahead and a pick for Sweden from the mirror, with no Bolagsverket key', async () => {
    await importRegisterFile(t.deps.client, 'SE', await bolagsverketZip());
    await importRegisterFile(t.deps.client, 'SE', await scbZip());
    const call = apiCaller(t.app, await t.login());
    const search = await call('GET', `/api/registers/search?q=${encodeURIComponent('fjäll')}&countries=SE`);
    expect(search.body.sources).toEqual({ SE: 'mirror' });
    expect(search.body.failures).toEqual([]);
    expect(search.body.items.map((h: { name: string }) => h.name)).toEqual([
      'Fjällbacka Bygg AB',
      'Fjällnäs Fastigheter AB',
      'Fjällräven Konsult AB',
      'Fjällvind Handel AB',
      // Then any word of the name.
      'Berg Fjällguidning',
      'Bostadsrättsföreningen "Fjällsippan" i Umeå',
      'FÖRENINGEN "FJÄLLVÄNNER"',
    ]);
    const pick = await call('GET', '/api/registers/SE/5592223308');
    expect(pick.status).toBe(200);
    expect(pick.body.company).toMatchObject({
      name: 'Fjällräven Konsult AB',
      orgForm: { code: 'AB' },
      nace: { code: '62.01', label: 'Computer programming activities' },
      postalAddress: { city: 'Stockholm' },
    });
  });

  it('refuses a Swedish file of another layout, naming the files it reads', async () => {
    const path = await writeZip(join(dir.path, 'other.zip'), [{ name: 'x.csv', data: Buffer.from('id;namn\n1;Acme\n') }]);
    await expect(importRegisterFile(t.deps.client, 'SE', path)).rejects.toThrow(/bolagsverket_bulkfil and scb_bulkfil/);
  });
});
