import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { importRegisterFile } from '../server/registers/mirror/import-units';
import { searchMirror } from '../server/registers/mirror/mirror-search';
import { tempDir } from '../tests/helpers/temp-dir';
import { writeZipOfFile } from '../tests/helpers/zip-file';
import type { benchServer } from './bench-server';
import { percentile, time } from './stats';

const UNITS = Number(process.env.BENCH_SE_UNITS ?? 1_000_000);
const FIRST = ['Fjäll', 'Norr', 'Skog', 'Sjö', 'Berg', 'Älv', 'Vik', 'Göta', 'Malm', 'Ström'];
const SECOND = ['Bygg', 'Data', 'Konsult', 'Handel', 'Fastigheter', 'Transport', 'Media', 'Energi', 'Design', 'Invest'];
const CITIES = [
  ['11122', 'STOCKHOLM'],
  ['41101', 'GÖTEBORG'],
  ['21120', 'MALMÖ'],
  ['90325', 'UMEÅ'],
  ['83013', 'ÅRE'],
];
const QUERIES = ['fjä', 'norr', 'skog ko', 'sjöb', 'berg d', 'älv', 'göta ha', 'malm', 'ström', 'vik 1'];

/**
 * Sweden's two bulk files at the size of the real ones' live part: Bolagsverket's (zipped CSV,
 * `$`-composite values) and SCB's (zipped tab-separated Latin-1) over the same numbers, the second
 * merging industry codes into units the first wrote; then typeahead over them.
 */
export async function benchRegistersSweden(server: Awaited<ReturnType<typeof benchServer>>) {
  const dir = tempDir('fjord-registers-se-bench-');
  try {
    const bolagsverket = join(dir.path, 'bolagsverket_bulkfil.zip');
    const scb = join(dir.path, 'scb_bulkfil.zip');
    const generated = await time(async () => {
      await writeZipOfFile(bolagsverket, await writeRows(join(dir.path, 'bolagsverket_bulkfil.txt'), 'utf8', bolagsverketRow));
      await writeZipOfFile(scb, await writeRows(join(dir.path, 'scb_bulkfil.txt'), 'latin1', scbRow));
    });
    const first = await time(() => importRegisterFile(server.client, 'SE', bolagsverket));
    const second = await time(() => importRegisterFile(server.client, 'SE', scb));
    const direct: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of QUERIES) direct.push((await time(() => searchMirror(server.client, q, ['SE'], 8))).ms);
    }
    const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
    return [
      `registers-se: generated Bolagsverket's and SCB's bulk files, ${UNITS.toLocaleString('en')} units each, zipped, in ${(generated.ms / 1000).toFixed(1)} s`,
      `registers-se: import bolagsverket_bulkfil.zip  ${(first.ms / 1000).toFixed(1)} s  ${rate(first.result.units, first.ms)} units/s ` +
        `(unzip, CSV, composite values, upsert, FTS5)`,
      `registers-se: import scb_bulkfil.zip over it  ${(second.ms / 1000).toFixed(1)} s  ${rate(second.result.units, second.ms)} units/s ` +
        `(unzip, Latin-1, merge of industry codes)`,
      `registers-se: typeahead, query alone  p50 ${percentile(direct, 50).toFixed(2)} ms  p95 ${percentile(direct, 95).toFixed(2)} ms`,
    ];
  } finally {
    dir.remove();
  }
}

async function writeRows(path: string, encoding: BufferEncoding, row: (i: number) => string): Promise<string> {
  const out = createWriteStream(path);
  out.write(row(-1), encoding);
  for (let i = 0; i < UNITS; i++) {
    if (!out.write(row(i), encoding)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return path;
}

/** The i-th valid Swedish org number of an aktiebolag (55…, Luhn check digit). */
function swedishOrgNumber(i: number): string {
  const base = String(550_000_000 + i);
  let sum = 0;
  for (let d = 0; d < 9; d++) {
    const v = Number(base[d]) * (d % 2 ? 1 : 2);
    sum += v > 9 ? v - 9 : v;
  }
  return base + ((10 - (sum % 10)) % 10);
}

const nameOf = (i: number) =>
  `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]!.toLowerCase()} ${i} AB`;

function bolagsverketRow(i: number): string {
  if (i < 0) {
    return 'organisationsidentitet;namnskyddslopnummer;registreringsland;organisationsnamn;organisationsform;avregistreringsdatum;avregistreringsorsak;pagandeAvvecklingsEllerOmstruktureringsforfarande;registreringsdatum;verksamhetsbeskrivning;postadress\n';
  }
  const [postnummer, postort] = CITIES[i % CITIES.length]!;
  const deleted = i % 3 === 0;
  const values = [
    `${swedishOrgNumber(i)}$ORGNR-IDORG`,
    '',
    'SE-LAND',
    `${nameOf(i)}$FORETAGSNAMN-ORGNAM$2010-01-01`,
    'AB-ORGFO',
    deleted ? '2020-06-30' : '',
    deleted ? 'LIAV-AVORG' : '',
    i % 97 === 0 ? '|KK-AVOMFO$2026-04-01' : '',
    '2010-01-01',
    'Bolaget ska bedriva konsultverksamhet inom IT samt därmed förenlig verksamhet.',
    `Storgatan ${(i % 90) + 1}$$${postort}$${postnummer}$SE-LAND`,
  ];
  return `${values.map((v) => `"${v}"`).join(';')}\n`;
}

function scbRow(i: number): string {
  const columns =
    'ForAndrTyp COAdress Foretagsnamn FtgStat Gatuadress JEStat JurForm Namn Ng1 Ng2 Ng3 Ng4 Ng5 PeOrgNr PostNr PostOrt RegDatKtid Reklamsparrtyp'.split(
      ' ',
    );
  if (i < 0) return `${columns.join('\t')}\t\n`;
  const [postnummer, postort] = CITIES[i % CITIES.length]!;
  const row: Record<string, string> = {
    FtgStat: '1',
    Gatuadress: `STORGATAN ${(i % 90) + 1}`,
    JEStat: '1',
    JurForm: '49',
    Namn: nameOf(i).toUpperCase(),
    Ng1: ['62010', '41200', '68201', '47640', '70220'][i % 5]!,
    PeOrgNr: `16${swedishOrgNumber(i)}`,
    PostNr: postnummer!,
    PostOrt: postort!,
    RegDatKtid: '20100101',
  };
  return `${columns.map((c) => row[c] ?? '').join('\t')}\t\n`;
}
