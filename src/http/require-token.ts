/**
 * Writes need `Authorization: Bearer <token>` with the operator's token. With
 * no token configured every write is refused, so a server started without
 * one can never be written to by whoever reaches it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function requireToken(token: string | null): MiddlewareHandler {
  // Compared as digests, in constant time: the comparison reveals neither the token nor its length.
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) {
      throw new ApiError(403, 'WRITES_DISABLED', 'writes are disabled: the operator has not configured a token (start the server with --token or set NEWSLOOM_TOKEN)');
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/iu.exec(header);
    if (!match || !timingSafeEqual(digest(match[1] ?? ''), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="newsloom"');
      throw new ApiError(401, 'UNAUTHORIZED', match ? 'the bearer token is not the one configured for this server' : 'this request writes to the store: send the operator\'s token as "Authorization: Bearer <token>"', 'Authorization');
    }
    await next();
  };
}
