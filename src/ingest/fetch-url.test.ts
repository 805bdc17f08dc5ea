import { describe, expect, it } from 'vitest';
import { isNewsloomError } from '../core/errors.js';
import { createHttpFetcher } from './fetch-url.js';
import { closedPortUrl, routes, startServer } from './test-support/local-server.js';
import { text } from './test-support/context.js';

const fetcher = createHttpFetcher({ maxBytes: 10_000, timeoutMs: 3_000, now: () => new Date('2024-05-01T00:00:00Z') });

/** The rejection of a fetch, as { code, message }. */
async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!isNewsloomError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected the fetch to fail');
}

describe('createHttpFetcher', () => {
  it('fetches a page with its media type, charset, final URL and a newsloom User-Agent', async () => {
    const server = await startServer(routes({ '/page': [200, { 'content-type': 'text/html; charset="Shift_JIS"' }, '<html>ok</html>'] }));
    const resource = await fetcher.fetch(`${server.url}/page`);
    expect(resource).toMatchObject({ url: `${server.url}/page`, mediaType: 'text/html', charset: 'shift_jis', fetchedAt: '2024-05-01T00:00:00.000Z' });
    expect(text(resource.bytes)).toBe('<html>ok</html>');
    expect(server.requests[0]?.headers['user-agent']).toMatch(/^newsloom\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/newsloom\/newsloom\)$/);
  });

  it('follows relative redirects and reports the final URL', async () => {
    const server = await startServer(
      routes({
        '/old': [301, { location: '/middle' }, ''],
        '/middle': [302, { location: 'new?x=1' }, ''],
        '/new?x=1': [200, { 'content-type': 'text/plain' }, 'arrived'],
      }),
    );
    const resource = await fetcher.fetch(`${server.url}/old`);
    expect(resource.url).toBe(`${server.url}/new?x=1`);
    expect(text(resource.bytes)).toBe('arrived');
  });

  it('gives up after 5 redirects', async () => {
    const server = await startServer((request, response) => {
      const step = Number(request.url?.slice(1) ?? 0);
      response.writeHead(302, { location: `/${step + 1}` }).end();
    });
    expect(await rejection(fetcher.fetch(`${server.url}/0`))).toEqual({ code: 'FETCH_FAILED', message: 'too many redirects (more than 5)' });
    expect(server.requests).toHaveLength(6);
  });

  it('reports an HTTP error status in plain words', async () => {
    const server = await startServer(routes({}));
    expect(await rejection(fetcher.fetch(`${server.url}/nothing`))).toEqual({ code: 'FETCH_FAILED', message: 'HTTP 404 Not Found' });
  });

  it('times out on a server that never answers', async () => {
    const server = await startServer(() => {
      /* never responds */
    });
    const impatient = createHttpFetcher({ maxBytes: 10_000, timeoutMs: 200 });
    // A hang would instead run into the test's own timeout.
    expect(await rejection(impatient.fetch(`${server.url}/slow`))).toEqual({ code: 'FETCH_FAILED', message: 'timed out after 0.2 s' });
  });

  it('stops reading a body that passes the cap (no Content-Length)', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      // Chunked, so the size is only known by reading; the server would go on far past the cap.
      for (let i = 0; i < 50; i++) response.write('x'.repeat(1000));
      response.end();
    });
    expect(await rejection(fetcher.fetch(`${server.url}/huge`))).toEqual({ code: 'INPUT_TOO_LARGE', message: 'the response is over the limit of 9.8 KB (10000 bytes)' });
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const server = await startServer(routes({ '/big': [200, { 'content-type': 'text/plain', 'content-length': '20000' }, 'y'.repeat(20_000)] }));
    expect(await rejection(fetcher.fetch(`${server.url}/big`))).toEqual({
      code: 'INPUT_TOO_LARGE',
      message: 'the response is 19.5 KB (20000 bytes), over the limit of 9.8 KB (10000 bytes)',
    });
  });

  it('reports a refused connection without a stack', async () => {
    expect(await rejection(fetcher.fetch(await closedPortUrl()))).toEqual({ code: 'FETCH_FAILED', message: 'could not connect (ECONNREFUSED)' });
  });

  it('fetches only http and https', async () => {
    expect(await rejection(fetcher.fetch('ftp://example.org/file'))).toEqual({ code: 'FETCH_FAILED', message: 'only http and https URLs can be fetched, not ftp:' });
  });
});
