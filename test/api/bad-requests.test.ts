/**
 * Bad requests to every endpoint get a clear 4xx naming the input and the
 * reason, as JSON, with the security headers, and never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { STACK_TRACE } from '../support/run-cli.js';
import { TOKEN, appFor, freshStore } from './support/api-fixture.js';

interface ErrorJson {
  error: { status: number; code: string; message: string; field?: string };
}

let store: ArticleStore;
let dataDir: string;
let app: ReturnType<typeof appFor>['app'];

beforeAll(() => {
  ({ store, dataDir } = freshStore());
  ({ app } = appFor(store, dataDir, { maxUploadBytes: 4096 }));
});
afterAll(async () => store.close());

/** Sends a request and checks what every error must have; returns the error. */
async function failing(path: string, init: RequestInit = {}, expectedStatus?: number): Promise<{ response: Response; error: ErrorJson['error'] }> {
  const response = await app.request(path, init);
  const text = await response.text();
  if (expectedStatus !== undefined) expect(response.status, `${init.method ?? 'GET'} ${path}: ${text}`).toBe(expectedStatus);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(text).not.toMatch(STACK_TRACE);
  const body = JSON.parse(text) as ErrorJson;
  expect(body.error.status).toBe(response.status);
  expect(body.error.message.length).toBeGreaterThan(10);
  return { response, error: body.error };
}

describe('wrong types and unknown parameters on every read endpoint', () => {
  it.each([
    ['/api/stories?limit=abc', 'limit', /whole number from 1 to 200.*"abc"/],
    ['/api/stories?limit=0', 'limit', /from 1 to 200/],
    ['/api/stories?limit=201', 'limit', /from 1 to 200/],
    ['/api/stories?offset=-1', 'offset', /whole number/],
    ['/api/stories?sort=biggest', 'sort', /one of recent, size/],
    ['/api/stories?since=2020-13', 'since', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['/api/stories?until=yesterday', 'until', /YYYY/],
    ['/api/stories?language=Arabic', 'language', /language code/],
    ['/api/stories?min-articles=many', 'min-articles', /whole number/],
    ['/api/stories?langauge=ar', 'langauge', /unknown query parameter "langauge" \(accepted: language, /],
    ['/api/stories/s0a1b2c3?prefer=123', 'prefer', /language code/],
    ['/api/stories/s0a1b2c3/timeline?thread=maybe', 'thread', /true or false/],
    ['/api/stories/s0a1b2c3/timeline?from=2020', 'from', /unknown query parameter "from" \(accepted: thread\)/],
    ['/api/articles?all-versions=maybe', 'all-versions', /true or false/],
    ['/api/articles?limit=1.5', 'limit', /whole number/],
    ['/api/articles?source=', 'source', /must not be empty/],
    ['/api/articles/zz-not-hex', 'id', /4 to 16 hexadecimal/],
    ['/api/articles/abc', 'id', /4 to 16 hexadecimal/],
    ['/api/entities?type=planet', 'type', /one of person, place, organization, other/],
    ['/api/entities?limit=100000', 'limit', /from 1 to 500/],
    ['/api/entities/Rouhani?story-limit=x', 'story-limit', /whole number/],
    ['/api/search', 'q', /is required/],
    ['/api/search?q=', 'q', /must not be empty/],
    [`/api/search?q=${'word '.repeat(120)}`, 'q', /at most 500 characters/],
    ['/api/search?q=x&since=2020-02-30x', 'since', /YYYY/],
    ['/api/search?q=x&limit=101', 'limit', /from 1 to 100/],
    ['/api/sources?offset=many', 'offset', /whole number/],
    ['/api/events?type=Not%20A%20Type', 'type', /event type/],
    ['/api/events?since=yesterday', 'since', /YYYY/],
    ['/api/events?limit=0', 'limit', /from 1 to 500/],
    ['/api/events?actor=', 'actor', /must not be empty/],
    ['/api/stats?verbose=1', 'verbose', /unknown query parameter "verbose" \(this endpoint takes no query parameters\)/],
    ['/api/openapi.json/x', undefined, /no API endpoint/],
  ])('%s', async (path, field, message) => {
    const { error } = await failing(path);
    expect(error.message).toMatch(message);
    if (field) {
      expect(error.status).toBe(400);
      expect(error.code).toBe('BAD_ARGUMENT');
      expect(error.field).toBe(field);
    }
  });

  it('refuses a query with no words to search for', async () => {
    const { error } = await failing(`/api/search?q=${encodeURIComponent('!!! «» —')}`, {}, 400);
    expect(error.message).toMatch(/no words to search for/);
  });
});

describe('unknown ids and routes', () => {
  it.each([
    ['/api/stories/s0123456789abcdef', /no story with id or name "s0123456789abcdef"/],
    ['/api/stories/s0123456789abcdef/timeline', /no story s0123456789abcdef/],
    ['/api/stories/s0123456789abcdef/timeline?thread=true', /no thread s0123456789abcdef/],
    ['/api/articles/0123456789abcdef', /no article/],
    ['/api/entities/person:nobody', /no entity/],
    [`/api/entities/${encodeURIComponent('Никто Никогда')}`, /no entity/],
    ['/api/stories?entity=Nobody', /no entity called or identified as "Nobody"/],
    ['/api/search?q=news&entity=Nobody', /no entity called/],
  ])('%s is a 404', async (path, message) => {
    const { error } = await failing(path, {}, 404);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(message);
  });

  it.each(['/api/nothing-here', '/api', '/api/stories/a/b/c'])('%s is an unknown route', async (path) => {
    const { error } = await failing(path, {}, 404);
    expect(error.code).toBe('UNKNOWN_ROUTE');
    expect(error.message).toMatch(/openapi\.json/);
  });

  it.each([
    ['POST', '/api/stories'],
    ['DELETE', '/api/articles/abcd'],
    ['PUT', '/api/entities/place:RU'],
    ['GET', '/api/ingest'],
  ])('%s %s is a wrong method', async (method, path) => {
    const { error } = await failing(path, { method }, 405);
    expect(error.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('writes', () => {
  const authorized = { authorization: `Bearer ${TOKEN}` };
  const json = (body: unknown, headers: Record<string, string> = authorized): RequestInit => ({ method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('need the token: missing or wrong is a 401 with a challenge', async () => {
    const missing = await failing('/api/ingest', json({ urls: ['https://example.org/'] }, {}), 401);
    expect(missing.error.code).toBe('UNAUTHORIZED');
    expect(missing.error.message).toMatch(/Authorization: Bearer/);
    expect(missing.response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    for (const header of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer ']) {
      const wrong = await failing('/api/ingest', json({ urls: ['https://example.org/'] }, { authorization: header }), 401);
      expect(wrong.error.code).toBe('UNAUTHORIZED');
    }
  });

  it('are refused with 403 and how to enable them when no token is configured', async () => {
    const { app: readOnly } = appFor(store, dataDir, { token: null });
    const response = await readOnly.request('/api/ingest', json({ urls: ['https://example.org/'] }));
    expect(response.status).toBe(403);
    const body = (await response.json()) as ErrorJson;
    expect(body.error).toMatchObject({ code: 'WRITES_DISABLED' });
    expect(body.error.message).toMatch(/--token or set NEWSLOOM_TOKEN/);
  });

  it('refuse a body over the upload limit with 413, whether its length is declared or not', async () => {
    const big = 'x'.repeat(10_000);
    const declared = await failing('/api/ingest', json({ urls: [`https://example.org/${big}`] }), 413);
    expect(declared.error.message).toMatch(/upload limit of 4096 bytes/);
    const form = new FormData();
    form.append('file', new File([big], 'big.txt'));
    await failing('/api/ingest', { method: 'POST', headers: authorized, body: form }, 413);
    // A streamed body has no Content-Length: it is counted as it arrives.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    await failing('/api/ingest', { method: 'POST', headers: { ...authorized, 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit, 413);
  });

  it('check the token before reading a large body', async () => {
    const { error } = await failing('/api/ingest', json({ urls: [`https://example.org/${'x'.repeat(10_000)}`] }, {}), 401);
    expect(error.code).toBe('UNAUTHORIZED');
  });

  it.each([
    ['text/plain', 'https://example.org/', 415, /multipart\/form-data.*application\/json/],
    ['application/json', '{"urls": [', 400, /not valid JSON/],
    ['application/json', '{"urls": "https://example.org/"}', 400, /body field "urls" must be a list of URLs/],
    ['application/json', '{"urls": []}', 400, /at least one URL/],
    ['application/json', '{"urls": ["ftp://example.org/file"]}', 400, /"urls.0" must be an http:\/\/ or https:\/\/ URL/],
    ['application/json', '{"urls": ["https://example.org/"], "force": true}', 400, /unknown body field "force"/],
    ['application/json', JSON.stringify({ urls: Array.from({ length: 101 }, (_, i) => `https://example.org/${i}`) }), 400, /at most 100 URLs/],
  ])('reject a %s body %s', async (type, body, status, message) => {
    const { error } = await failing('/api/ingest', { method: 'POST', headers: { ...authorized, 'content-type': type }, body }, status);
    expect(error.message).toMatch(message);
  });

  it('reject a form with nothing to ingest or with unknown fields', async () => {
    const empty = new FormData();
    empty.append('note', 'hello');
    expect((await failing('/api/ingest', { method: 'POST', headers: authorized, body: empty }, 400)).error.message).toMatch(/unknown body field "note"/);
    const nothing = new FormData();
    nothing.append('url', 'not a url');
    expect((await failing('/api/ingest', { method: 'POST', headers: authorized, body: nothing }, 400)).error.message).toMatch(/"url.0" must be an http/);
    const textFile = new FormData();
    textFile.append('file', 'just text, no file name');
    expect((await failing('/api/ingest', { method: 'POST', headers: authorized, body: textFile }, 400)).error.message).toMatch(/"file.0" must be a file/);
  });
});

describe('hosts and failures', () => {
  it('answers only requests addressed to localhost when bound to loopback', async () => {
    const { error } = await failing('http://attacker.example/api/stats', {}, 403);
    expect(error.code).toBe('FORBIDDEN_HOST');
    for (const host of ['http://localhost:8787', 'http://127.0.0.1:8787', 'http://[::1]:8787']) expect((await app.request(`${host}/api/stats`)).status).toBe(200);
    const { app: everyone } = appFor(store, dataDir, { host: '0.0.0.0' });
    expect((await everyone.request('http://newsloom.lan/api/stats')).status).toBe(200);
  });

  it('reports a bug as a plain 500, logged on the server and not shown to the client', async () => {
    const logged: unknown[] = [];
    const broken = new Proxy(store, { get: (target, key) => (key === 'stats' ? () => Promise.reject(new TypeError('cannot read x of undefined')) : Reflect.get(target, key)) });
    const { createApp } = await import('../../src/http/create-app.js');
    const { loadAppConfig } = await import('../../src/http/server-config.js');
    const { app: buggy } = createApp({ store: broken, config: loadAppConfig({ dataDir }, {}, {}), logError: (error) => logged.push(error) });
    const response = await buggy.request('/api/stats');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('cannot read x');
    expect((JSON.parse(text) as ErrorJson).error.code).toBe('INTERNAL');
    expect(logged).toHaveLength(1);
  });
});
