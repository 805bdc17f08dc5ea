/**
 * DNS-rebinding protection for a server on loopback: a web page elsewhere can
 * point its own host name at 127.0.0.1 and read open endpoints, unless the
 * server refuses requests addressed to any name but its own. Bound to another
 * address, the operator has chosen who may reach it and every Host is accepted.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/u.test(host);
}

/** The host name of a Host header, without the port ("[::1]:8787" → "[::1]"). */
function hostName(header: string): string {
  const bracketed = /^(\[[^\]]+\])(?::\d+)?$/u.exec(header);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  return header.replace(/:\d+$/u, '').toLowerCase();
}

export function hostGuard(boundHost: string): MiddlewareHandler {
  if (!isLoopback(boundHost)) return async (_c, next) => next();
  const allowed = new Set([...LOOPBACK_NAMES, boundHost.toLowerCase()]);
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostName(header);
    if (!allowed.has(name) && !/^127\.\d+\.\d+\.\d+$/u.test(name)) {
      throw new ApiError(403, 'FORBIDDEN_HOST', `this server answers requests addressed to localhost only, not to "${name}" (start it with --host to serve other names)`);
    }
    await next();
  };
}
