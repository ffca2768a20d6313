import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { benchServer } from './bench-server';
import { benchChromium } from './chromium-bench';
import { benchPullNode } from './pull-node';
import { benchPush } from './push';
import { benchRecords } from './records-bench';
import { benchCacheSearch } from './cache-search-bench';
import { benchSidebar } from './sidebar-bench';
import { benchTimeline } from './timeline-bench';
import { benchRegisters } from './registers-bench';
import { benchRegistersSweden } from './registers-sweden-bench';

/** `npm run bench`: prints each figure next to the raw floor measured in the same run. */
async function main() {
  const count = Number(process.env.BENCH_RECORDS ?? 100_000);
  console.log(`Fjord CRM bench: ${count} generated companies, Node ${process.version}`);
  const build = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, FJORD_TEST_BUILD: '1' }, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('extension build failed');
  const server = await benchServer(count);
  try {
    const only = process.env.BENCH_ONLY?.split(',');
    const benches = {
      pull: benchPullNode,
      chromium: benchChromium,
      push: benchPush,
      records: benchRecords,
      search: benchCacheSearch,
      sidebar: benchSidebar,
      timeline: benchTimeline,
      registers: benchRegisters,
      'registers-se': benchRegistersSweden,
    };
    for (const [name, bench] of Object.entries(benches)) {
      if (only && !only.includes(name)) continue;
      for (const row of await bench(server)) console.log(row);
    }
  } finally {
    await server.remove();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
