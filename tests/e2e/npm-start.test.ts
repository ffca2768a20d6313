import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { TEST_EXTENSION_DIR } from './helpers/chromium';
import { freePort } from './helpers/server-process';

type Run = { output: string; stop: () => Promise<void> };

/** `npm start` as a user runs it (minus the build, which `npm test` has just done). */
async function start(env: Record<string, string>, waitFor: RegExp): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build'], {
    env: { ...process.env, ADMIN_EMAIL: '', ADMIN_PASSWORD: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 20_000;
  while (!waitFor.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not get ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    get output() {
      return output;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('npm start on a fresh machine', () => {
  const dir = tempDir('fjord-start-');
  let env: Record<string, string>;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = { PORT: String(port), DATABASE_URL: `file:${join(dir.path, 'data', 'fjord.db')}`, DASHBOARD_DIR: TEST_EXTENSION_DIR };
  });
  afterAll(() => dir.remove());

  it('creates the workspace, prints the dashboard URL and a one-time password that signs in', async () => {
    const run = await start(env, /Extension:.*\n.*sign in/);
    try {
      expect(run.output).toContain(`Dashboard:  ${url}/`);
      expect(run.output).toContain('.output/chrome-mv3');
      const password = /Sign in:\s+admin@fjord\.local with password (\S+)/.exec(run.output)?.[1];
      expect(password).toMatch(/^[\w-]{12,}$/);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@fjord.local', password }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const companies = (await (
        await fetch(`${url}/api/companies`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        items: { name: string }[];
      };
      expect(companies.items.length).toBeGreaterThan(0); // the demo workspace has sample companies
      const dashboard = await fetch(`${url}/`);
      expect(dashboard.headers.get('content-type')).toContain('text/html');
      expect(await dashboard.text()).toContain('<div id="app">');
    } finally {
      await run.stop();
    }
  });

  it('does not print a password again on the next start, and keeps the data', async () => {
    const run = await start(env, /Sign in:/);
    try {
      expect(run.output).toContain('with the admin account created on first start');
      expect(run.output).not.toMatch(/with password \S+/);
    } finally {
      await run.stop();
    }
  });

  it('refuses a bad configuration with the variable named', async () => {
    await expect(start({ ...env, PORT: 'eighty' }, /never/)).rejects.toThrow(/PORT: .*number/);
  });
});
