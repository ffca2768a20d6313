import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one path answers: a recorded file or a body, with a status (200 by default). */
export type RecordedAnswer = {
  status?: number;
  file?: string;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  delayMs?: number;
};
export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: string; at: number };

/**
 * A register (or credit bureau) on 127.0.0.1 answering recorded responses by method and path
 * with query (`GET /enheter?navn=sesam&size=10`); anything else is a 404. `answer` may be
 * replaced mid-test (the register goes down, a rating changes); every request is logged.
 */
export async function recordedServer(
  routes: Record<string, RecordedAnswer | ((req: RecordedRequest) => RecordedAnswer)>,
  /** What any other path answers: a 404 unless told (a register that is down answers 503 to all). */
  fallback: RecordedAnswer = { status: 404, body: '{"status":404}' },
) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(request);
      const route = routes[`${request.method} ${request.path}`];
      const answer = typeof route === 'function' ? route(request) : (route ?? fallback);
      const send = () => {
        res.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'application/json', ...answer.headers });
        res.end(answer.file ? readFileSync(answer.file) : (answer.body ?? ''));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
