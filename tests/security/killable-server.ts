import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ADMIN } from '../helpers/test-app';
import { OFFLINE_REGISTERS } from '../helpers/offline-registers';
import { tempDir } from '../helpers/temp-dir';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server as a child process (`server/main.ts`, as `npm start` runs it) on one libSQL file
 * and port, which a test may SIGKILL at any moment and start again on the same data.
 */
export async function killableServer() {
  const dir = tempDir('fjord-kill-');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `file:${join(dir.path, 'fjord.db')}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO: 'false',
    DASHBOARD_DIR: join(dir.path, 'none'),
    ...OFFLINE_REGISTERS,
  };
  let child: ChildProcess | null = null;
  let output = '';

  async function start() {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`server exited:\n${output.slice(-2000)}`);
      const up = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`server did not start:\n${output.slice(-2000)}`);
  }

  /** A crash: SIGKILL, no chance to flush or close anything. */
  async function kill() {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  }

  await start();
  return {
    url,
    databaseUrl: env.DATABASE_URL,
    start,
    kill,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    output: () => output,
    close: async () => {
      await kill();
      dir.remove();
    },
  };
}
