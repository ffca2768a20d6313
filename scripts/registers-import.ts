import { RegisterCountrySchema } from '../shared/registers/register-company';
import { openDb } from '../server/db/client';
import { parseEnv } from '../server/env';
import { importRegisterFile } from '../server/registers/mirror/import-units';

/**
 * `npm run registers:import -- <country> <file>`: loads a register's bulk open-data file into the
 * local mirror of the database in DATABASE_URL (the server's own), streaming, with progress.
 */
const [countryArg, file] = process.argv.slice(2);
const country = RegisterCountrySchema.safeParse(countryArg?.toUpperCase());
if (!country.success || !file) {
  console.error('Usage: npm run registers:import -- <NO|SE|DK|GB> <file (.json, .jsonl, .csv or .txt; plain, gzip or zip)>');
  process.exit(2);
}
const env = parseEnv(process.env);
const { client } = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
let lastLine = 0;
try {
  const result = await importRegisterFile(client, country.data, file, (p) => {
    if (performance.now() - lastLine < 1000) return;
    lastLine = performance.now();
    const rate = Math.round(p.units / (p.elapsedMs / 1000)).toLocaleString('en');
    process.stderr.write(`  ${(p.fraction * 100).toFixed(1)}%  ${p.units.toLocaleString('en')} units  ${rate}/s\n`);
  });
  console.log(
    `Imported ${result.units.toLocaleString('en')} ${country.data} units (${result.format}${result.container ? `, ${result.container}` : ''}) ` +
      `in ${(result.elapsedMs / 1000).toFixed(1)} s, ${Math.round(result.unitsPerSecond).toLocaleString('en')} units/s; ` +
      `${result.skipped.toLocaleString('en')} ${result.skipped === 1 ? 'record' : 'records'} skipped.`,
  );
} catch (err) {
  console.error(`Import failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  client.close();
}
