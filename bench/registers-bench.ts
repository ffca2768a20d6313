import type { InStatement } from '@libsql/client';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { login } from '../extension/api/login';
import { brregToRegisterCompany, BrregUnitSchema } from '../server/registers/brreg/brreg-unit';
import { importRegisterFile } from '../server/registers/mirror/import-units';
import { searchMirror } from '../server/registers/mirror/mirror-search';
import { brregUnit, norwegianOrgNumbers } from '../tests/helpers/generated-units';
import { tempDir } from '../tests/helpers/temp-dir';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { percentile, time } from './stats';

const UNITS = Number(process.env.BENCH_REGISTER_UNITS ?? 1_000_000);
/** Every tenth unit is a sub-unit (a department) of the unit before it, as in Enhetsregisteret. */
const SUB_UNIT_EVERY = 10;
const FLOOR_BATCH = 5_000;
const QUERIES = [
  'fjo',
  'nor',
  'havb',
  'lof',
  'vest 1',
  'aurora kr',
  'polar',
  'kyst',
  'trøn',
  'bodø',
  'kraft',
  'fisk',
  'eiendom 12',
  'viking da',
  'sjø',
  'midnatt',
  'isbre',
  'sta',
  'bergen el',
  'skog ma',
];

/**
 * Issue 5's budgets: a mirror of 1,000,000 generated units (Brreg's gzipped JSON dump format)
 * loaded by `registers:import`'s code, next to the raw libSQL insert floor measured in the same
 * run; and typeahead over it in ≤ 10 ms server p95.
 */
export async function benchRegisters(server: Awaited<ReturnType<typeof benchServer>>) {
  const dir = tempDir('fjord-registers-bench-');
  try {
    const file = join(dir.path, 'enheter_alle.json.gz');
    const generated = await time(() => writeDump(file));
    const imported = await time(() => importRegisterFile(server.client, 'NO', file));
    const floorMs = await insertFloor(server.client);

    const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const http: number[] = [];
    const direct: number[] = [];
    const byQuery = new Map<string, number[]>();
    let hits = 0;
    for (let round = 0; round < 10; round++) {
      for (const q of QUERIES) {
        const { ms, result } = await time(async () => {
          const res = await fetch(`${server.url}/api/registers/search?q=${encodeURIComponent(q)}&countries=NO&limit=8`, {
            headers: { authorization: `Bearer ${session.token}` },
          });
          if (!res.ok) throw new Error(`search ${q}: ${res.status}`);
          return (await res.json()) as { items: unknown[] };
        });
        http.push(ms);
        hits += result.items.length;
        const alone = (await time(() => searchMirror(server.client, q, ['NO'], 8))).ms;
        direct.push(alone);
        byQuery.set(q, [...(byQuery.get(q) ?? []), ms]);
      }
    }
    const units = imported.result.units;
    const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
    return [
      `registers: generated a ${UNITS.toLocaleString('en')}-unit Brreg dump (json.gz) in ${(generated.ms / 1000).toFixed(1)} s`,
      `registers: import ${units.toLocaleString('en')} units  ${(imported.ms / 1000).toFixed(1)} s  ${rate(units, imported.ms)} units/s ` +
        `(parse, map, upsert, FTS5 index)`,
      `registers: raw libSQL insert floor, same rows  ${(floorMs / 1000).toFixed(1)} s  ${rate(units, floorMs)} rows/s  ` +
        `(import ${(imported.ms / floorMs).toFixed(1)}× the floor)`,
      `registers: typeahead over ${units.toLocaleString('en')} units, HTTP  p50 ${percentile(http, 50).toFixed(2)} ms  ` +
        `p95 ${percentile(http, 95).toFixed(2)} ms  (budget 10 ms; ${(hits / http.length).toFixed(1)} hits/query)`,
      `registers: typeahead, query alone  p50 ${percentile(direct, 50).toFixed(2)} ms  p95 ${percentile(direct, 95).toFixed(2)} ms`,
      `registers: slowest queries over HTTP (p95): ${[...byQuery]
        .map(([q, times]) => [q, percentile(times, 95)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([q, p95]) => `"${q}" ${p95.toFixed(1)} ms`)
        .join(', ')}`,
    ];
  } finally {
    dir.remove();
  }
}

/** Streams the dump to disk: a million units would not fit in one string. */
async function writeDump(path: string) {
  const next = norwegianOrgNumbers(80_000_000);
  const gzip = createGzip({ level: 1 });
  const done = new Promise<void>((resolve, reject) => {
    gzip.pipe(createWriteStream(path)).on('finish', resolve).on('error', reject);
  });
  let parent = '';
  gzip.write('[\n');
  for (let i = 0; i < UNITS; i++) {
    const orgNumber = next();
    const sub = i % SUB_UNIT_EVERY === SUB_UNIT_EVERY - 1;
    const unit = sub
      ? brregUnit(i, orgNumber, { organisasjonsform: { kode: 'BEDR', beskrivelse: 'Bedrift' }, overordnetEnhet: parent })
      : brregUnit(i, orgNumber);
    if (!sub) parent = orgNumber;
    const ok = gzip.write(`${i ? ',\n' : ''}${JSON.stringify(unit)}`);
    if (!ok) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end('\n]\n');
  await done;
}

/**
 * The fastest the same rows go into libSQL: a plain table with the mirror's columns, multi-row
 * statements in transactions of 5,000, rows built before the clock starts, no parsing, no index.
 */
async function insertFloor(client: Awaited<ReturnType<typeof benchServer>>['client']) {
  await client.execute(
    'create table bench_floor (country text, org_number text, name text, name_key text, org_form text, city text, status text, parent text, data text, updated_at integer)',
  );
  const next = norwegianOrgNumbers(80_000_000);
  const perStatement = 500;
  let ms = 0;
  for (let start = 0; start < UNITS; start += FLOOR_BATCH) {
    const statements: InStatement[] = [];
    for (let s = start; s < Math.min(UNITS, start + FLOOR_BATCH); s += perStatement) {
      const args: (string | number | null)[] = [];
      const count = Math.min(perStatement, UNITS - s);
      for (let i = s; i < s + count; i++) {
        const unit = brregToRegisterCompany(BrregUnitSchema.parse(brregUnit(i, next())));
        args.push(
          'NO',
          unit.orgNumber,
          unit.name,
          unit.name.toLowerCase(),
          'AS',
          unit.businessAddress?.city ?? null,
          unit.status,
          null,
          JSON.stringify(unit),
          0,
        );
      }
      statements.push({ sql: `insert into bench_floor values ${Array(count).fill('(?,?,?,?,?,?,?,?,?,?)').join(',')}`, args });
    }
    ms += (await time(() => client.batch(statements, 'write'))).ms;
  }
  await client.execute('drop table bench_floor');
  return ms;
}
