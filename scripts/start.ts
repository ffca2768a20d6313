import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseEnv } from '../server/env';
import { startServer } from '../server/start-server';

/**
 * `npm start`: builds the extension (which is also the dashboard the server serves), then starts
 * the server on the embedded database and prints where everything is.
 */
async function main() {
  const env = parseEnv();
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension and dashboard…');
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('Extension build failed (see above)');
  }
  const { url, first } = await startServer(env);
  console.log('');
  console.log(`Fjord CRM is running.`);
  console.log(`  Dashboard:  ${url}/`);
  console.log(`  Database:   ${env.DATABASE_URL}`);
  if (first) {
    const how = first.password ? `password ${first.password}   (shown once: note it)` : 'the ADMIN_PASSWORD you set';
    console.log(`  Sign in:    ${first.email} with ${how}`);
  } else {
    console.log('  Sign in:    with the admin account created on first start');
  }
  console.log(`  Extension:  chrome://extensions → Developer mode → Load unpacked → ${resolve('.output/chrome-mv3')}`);
  console.log(`              then open its settings and sign in to ${url}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
