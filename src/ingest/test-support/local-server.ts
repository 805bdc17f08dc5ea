/** Local HTTP servers for fetch tests: 127.0.0.1, port 0, closed after each test. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface LocalServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:53121 */
  url: string;
  /** Requests received, in order. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

const open: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Starts a server; it is closed automatically after the test (hanging connections included). */
export async function startServer(handler: http.RequestListener): Promise<LocalServer> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const local: LocalServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(local);
  return local;
}

/** Serves fixed routes: path → [status, headers, body]; anything else is 404. */
export function routes(table: Record<string, [number, Record<string, string>, string | Uint8Array]>): http.RequestListener {
  return (request, response) => {
    const route = table[request.url ?? ''];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const [status, headers, body] = route;
    response.writeHead(status, headers).end(body);
  };
}

/** A URL on which nothing listens: a server is started, its port noted, and closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
