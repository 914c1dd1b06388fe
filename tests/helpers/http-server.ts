import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  server: http.Server;
  /** Request paths in arrival order. */
  hits: string[];
  /** Request headers in arrival order. */
  requests: http.IncomingHttpHeaders[];
  /** Absolute URL for a path on this server. */
  url(path?: string): string;
  close(): Promise<void>;
}

/** Start an HTTP server on 127.0.0.1 on a free port. `hit` counts from 1. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const hits: string[] = [];
  const requests: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    requests.push(req.headers);
    try {
      handler(req, res, hits.length);
    } catch (err) {
      res.destroy(err as Error);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    server,
    hits,
    requests,
    url: (path = '/') => origin + path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
