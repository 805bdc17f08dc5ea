/** Listening: the app on a host and port, and a shutdown that lets running requests and writes finish. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { NewsloomError, describeError } from '../core/errors.js';
import type { NewsloomApp } from './create-app.js';

export interface RunningServer {
  /** The address to open, e.g. http://127.0.0.1:8787/ (the real port when 0 was asked). */
  url: string;
  port: number;
  /** Stops accepting connections, waits for open requests and queued writes, then resolves. */
  close(): Promise<void>;
}

/** How long open keep-alive connections may linger after shutdown starts. */
const SHUTDOWN_GRACE_MS = 5_000;

function urlFor(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

export function startServer(newsloom: NewsloomApp, options: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: newsloom.app.fetch, hostname: options.host, port: options.port }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${options.port} is in use (choose another with --port)` : error.code === 'EADDRNOTAVAIL' ? `${options.host} is not an address of this machine` : describeError(error);
      reject(new NewsloomError('BAD_CONFIG', `cannot listen on ${options.host}:${options.port}: ${reason}`));
    });
    server.once('listening', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: urlFor(options.host, port),
        port,
        close: async () => {
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeIdleConnections();
          const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
          force.unref();
          await closed;
          await newsloom.writes.idle();
          clearTimeout(force);
        },
      });
    });
  });
}
