import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn, startTestServer } from '../helpers/test-server';

type Answer = { status: number; connection: string | undefined; body: string };

/** One request through `agent`, as a browser or proxy on a kept-alive connection would send it. */
function send(
  agent: Agent,
  url: string,
  init: { method: string; path: string; headers?: Record<string, string>; body?: Buffer },
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(new URL(init.path, url), { method: init.method, headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, connection: res.headers.connection, body: Buffer.concat(chunks).toString() }),
      );
      res.on('error', reject);
    });
    // The server may answer and close before the whole body is written: that is the point.
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('a request body over the limit', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  let agent: Agent;
  beforeEach(async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: '1000', FILE_MAX_BYTES: '2000' });
    token = (await signIn(server.url)).token;
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterEach(async () => {
    agent.destroy();
    await server.close();
    server.dir.remove();
  });

  const health = () => send(agent, server.url, { method: 'GET', path: '/api/health' });

  it('is answered 413 with Connection: close, and the next request on the same agent succeeds', async () => {
    expect((await health()).status).toBe(200); // the agent now holds a kept-alive socket
    const big = Buffer.from(JSON.stringify({ name: 'x'.repeat(3_000_000) }));
    const res = await send(agent, server.url, {
      method: 'POST',
      path: '/api/companies',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'tooLarge' } });
    const next = await health();
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body)).toEqual({ ok: true });
  });

  it('sent in chunks without a length is answered the same way', async () => {
    expect((await health()).status).toBe(200);
    const res = await send(agent, server.url, {
      method: 'POST',
      path: '/api/companies',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: Buffer.from(JSON.stringify({ name: 'y'.repeat(3_000_000) })),
    });
    expect(res.status).toBe(413);
    expect(res.connection).toBe('close');
    expect((await health()).status).toBe(200);
  });

  it('of a file upload is answered 413 with Connection: close, and the next request succeeds', async () => {
    expect((await health()).status).toBe(200);
    const res = await send(agent, server.url, {
      method: 'POST',
      path: `/api/files?name=big.txt&companyId=${server.first!.workspaceId}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: Buffer.alloc(3_000_000, 'a'),
    });
    expect(res.status).toBe(413);
    expect(res.connection).toBe('close');
    expect((await health()).status).toBe(200);
  });

  it('is sent whole, then the server closes the connection itself, without a reset', async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    const events: string[] = [];
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => events.push('end'));
    socket.on('error', (err: NodeJS.ErrnoException) => events.push(`error ${err.code}`));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    const body = 'x'.repeat(3_000_000);
    socket.write(
      `POST /api/companies HTTP/1.1\r\nHost: fjord\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    await closed;
    expect(events).toEqual(['end']);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).toContain('"code":"tooLarge"');
  });
});
