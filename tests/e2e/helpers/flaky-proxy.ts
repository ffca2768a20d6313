import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback HTTP proxy between the extension and the server that can lose a push response
 * after the server applied it: a real dropped connection, the case idempotent pushes exist for.
 * When the server is down the connection is cut, as the browser would see it.
 */
export async function flakyProxy(upstreamPort: number) {
  let dropPushResponses = 0;
  let dropped = 0;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        if (req.url?.startsWith('/sync/push') && dropPushResponses > 0) {
          dropPushResponses -= 1;
          up.resume();
          up.on('end', () => {
            dropped += 1;
            req.socket.destroy();
          });
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dropNextPushResponse: () => {
      dropPushResponses += 1;
    },
    droppedCount: () => dropped,
    /** Cuts open connections (the SSE stream), as a server restart does. */
    cutConnections: () => sockets.forEach((s) => s.destroy()),
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
