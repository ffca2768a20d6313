import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ADMIN } from '../../helpers/test-app';
import { tempDir } from '../../helpers/temp-dir';
import { OFFLINE_REGISTERS } from '../../helpers/offline-registers';
import { TEST_EXTENSION_DIR } from './chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server as its own process (`tsx server/main.ts`) on a fixed port and database file,
 * so a test can stop it (the user's server going down) and start it again on the same data.
 */
export async function serverProcess(extraEnv: Record<string, string> = {}) {
  const dir = tempDir('fjord-e2e-');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `file:${join(dir.path, 'fjord.db')}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO: 'false',
    DASHBOARD_DIR: TEST_EXTENSION_DIR,
    // Tests reach no register or bureau on the internet: a closed local port unless a test serves one.
    ...OFFLINE_REGISTERS,
    ...extraEnv,
  };

  async function start() {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
      if (
        await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start:\n${output}`);
  }

  /** Stops the server: SIGTERM as a service manager would, SIGKILL for a crash. */
  async function stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill(signal);
    await exited;
    child = null;
  }

  await start();
  return {
    url,
    port,
    /** The server's own database, for tools run beside it (`registers:import`). */
    databaseUrl: env.DATABASE_URL,
    start,
    stop,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    output: () => output,
    close: async () => {
      await stop();
      dir.remove();
    },
  };
}
