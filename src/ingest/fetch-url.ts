/**
 * The HTTP fetcher: Node's global fetch with the protections a crawler owes itself —
 * a total timeout, a bounded redirect chain, a size cap enforced while streaming —
 * and failures worded as plain reasons (never a stack).
 */
import { STATUS_CODES } from 'node:http';
import { describeError, NewsloomError } from '../core/errors.js';
import { parseContentType } from './content-type.js';
import { describeSize, tooLargeReason } from './describe-size.js';
import type { FetchedResource, Fetcher } from './types.js';
import { newsloomUserAgent } from './user-agent.js';

export interface HttpFetcherOptions {
  /** Largest body accepted, in bytes (usually `limits.maxContainerBytes`, since a URL may be a feed or a WARC). */
  maxBytes: number;
  /** Time allowed for the whole fetch — every redirect and the body — in ms. Default 20 000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Defaults to `newsloom/<version> (+https://github.com/newsloom/newsloom)`. */
  userAgent?: string;
  /** Clock for `fetchedAt`. */
  now?: () => Date;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8';

/**
 * A Fetcher for http and https URLs. It rejects with NewsloomError FETCH_FAILED
 * ("HTTP 404 Not Found", "could not connect (ECONNREFUSED)", "timed out after 20 s", …)
 * or INPUT_TOO_LARGE.
 * @example
 * const fetcher = createHttpFetcher({ maxBytes: limits.maxContainerBytes });
 * const page = await fetcher.fetch('https://example.org/news');
 */
export function createHttpFetcher(options: HttpFetcherOptions): Fetcher {
  const settings = {
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? newsloomUserAgent(),
    now: options.now ?? (() => new Date()),
  };
  return {
    async fetch(url: string): Promise<FetchedResource> {
      try {
        return await fetchFollowingRedirects(url, settings);
      } catch (error) {
        throw asFetchError(error, url, settings.timeoutMs);
      }
    },
  };
}

type Settings = Required<HttpFetcherOptions>;

async function fetchFollowingRedirects(url: string, settings: Settings): Promise<FetchedResource> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let current = httpUrl(url, url);
  for (let redirects = 0; ; redirects += 1) {
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': settings.userAgent, accept: ACCEPT },
    });
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw fetchFailed(`HTTP ${response.status} redirect without a Location header`, url);
      if (redirects >= settings.maxRedirects) throw fetchFailed(`too many redirects (more than ${settings.maxRedirects})`, url);
      current = httpUrl(location, current.href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const statusText = response.statusText || STATUS_CODES[response.status] || '';
      throw fetchFailed(`HTTP ${response.status} ${statusText}`.trim(), url);
    }
    const bytes = await readCappedBody(response, settings.maxBytes, url);
    const { mediaType, charset } = parseContentType(response.headers.get('content-type'));
    return { url: current.href, bytes, mediaType, charset, fetchedAt: settings.now().toISOString() };
  }
}

/** Reads the body, refusing early on a too-large Content-Length and stopping the stream as soon as it passes the cap. */
async function readCappedBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new NewsloomError('INPUT_TOO_LARGE', tooLargeReason('the response', declared, maxBytes), url);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new NewsloomError('INPUT_TOO_LARGE', `the response is over the limit of ${describeSize(maxBytes)}`, url);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function httpUrl(href: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw fetchFailed(`not a valid URL: ${href}`, base);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchFailed(`only http and https URLs can be fetched, not ${url.protocol}`, base);
  }
  return url;
}

function fetchFailed(reason: string, url: string): NewsloomError {
  return new NewsloomError('FETCH_FAILED', reason, url);
}

/** Whatever fetch threw, as a NewsloomError with a plain reason. */
function asFetchError(error: unknown, url: string, timeoutMs: number): NewsloomError {
  if (error instanceof NewsloomError) return error;
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return fetchFailed(`timed out after ${formatSeconds(timeoutMs)}`, url);
  // undici reports network failures as TypeError('fetch failed') with the system error as its cause.
  const cause = (error as { cause?: unknown }).cause;
  const code = systemErrorCode(cause);
  if (code) return fetchFailed(`could not connect (${code})`, url);
  if (cause) return fetchFailed(`the connection failed: ${describeError(cause)}`, url);
  return fetchFailed(describeError(error), url);
}

function systemErrorCode(cause: unknown): string | null {
  if (typeof cause !== 'object' || cause === null) return null;
  const { code, errors } = cause as { code?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  // Happy-eyeballs connects (IPv4 and IPv6) fail with an AggregateError of per-address errors.
  if (Array.isArray(errors)) return systemErrorCode(errors[0]);
  return null;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
