import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ATOM, RSS2_WITH_CONTENT } from './test-support/feed-fixtures.js';
import { documentsOf, failuresOf, FIXED_NOW, readUrlUnit, text } from './test-support/context.js';
import { closedPortUrl, routes, startServer } from './test-support/local-server.js';
import { buildWarc } from './test-support/warc-fixtures.js';

describe('URL units', () => {
  it('reads an HTML page with the header charset and the final URL as hints.url', async () => {
    const server = await startServer(
      routes({
        '/go': [302, { location: '/article' }, ''],
        '/article': [200, { 'content-type': 'text/html; charset=windows-1256' }, '<html><body>خبر</body></html>'],
      }),
    );
    const [doc, ...rest] = documentsOf(await readUrlUnit(`${server.url}/go`));
    expect(rest).toHaveLength(0);
    expect(doc).toMatchObject({
      contentType: 'text/html',
      declaredCharset: 'windows-1256',
      origin: { kind: 'url', source: `${server.url}/go` },
      hints: { url: `${server.url}/article` },
    });
    expect(doc?.fetchedAt).not.toBe(FIXED_NOW.toISOString());
  });

  it('reads text/plain as a plain-text document', async () => {
    const server = await startServer(routes({ '/note': [200, { 'content-type': 'text/plain' }, 'Just text.'] }));
    const [doc] = documentsOf(await readUrlUnit(`${server.url}/note`));
    expect(doc?.contentType).toBe('text/plain');
  });

  it('reads a feed even when it is served as text/html, with the feed URL as source', async () => {
    const server = await startServer(routes({ '/rss': [200, { 'content-type': 'text/html' }, RSS2_WITH_CONTENT], '/atom': [200, { 'content-type': 'application/atom+xml' }, ATOM] }));
    const rss = documentsOf(await readUrlUnit(`${server.url}/rss`));
    expect(rss.map((doc) => [doc.origin.kind, doc.origin.source])).toEqual([
      ['feed-item', `${server.url}/rss`],
      ['feed-item', `${server.url}/rss`],
    ]);
    expect(documentsOf(await readUrlUnit(`${server.url}/atom`))).toHaveLength(2);
  });

  it('reads JSON records served as application/json', async () => {
    const server = await startServer(routes({ '/api': [200, { 'content-type': 'application/json' }, JSON.stringify({ articles: [{ text: 'a' }, { text: 'b' }] })] }));
    expect(documentsOf(await readUrlUnit(`${server.url}/api`)).map((doc) => doc.origin.kind)).toEqual(['json-record', 'json-record']);
  });

  it('reads a WARC served as application/warc (gzipped)', async () => {
    const warc = await buildWarc([{ url: 'https://cc.example/a', body: '<html>A</html>' }], true);
    const server = await startServer(routes({ '/a.warc.gz': [200, { 'content-type': 'application/warc' }, warc] }));
    const docs = documentsOf(await readUrlUnit(`${server.url}/a.warc.gz`));
    expect(docs.map((doc) => [doc.origin.kind, doc.origin.source, text(doc.bytes)])).toEqual([['warc-record', `${server.url}/a.warc.gz`, '<html>A</html>']]);
  });

  it('unpacks a gzip file served as application/gzip', async () => {
    const server = await startServer(routes({ '/feed.rss.gz': [200, { 'content-type': 'application/gzip' }, gzipSync(RSS2_WITH_CONTENT)] }));
    expect(documentsOf(await readUrlUnit(`${server.url}/feed.rss.gz`))).toHaveLength(2);
  });

  it('fails a media type it does not read, naming it', async () => {
    const server = await startServer(routes({ '/doc.pdf': [200, { 'content-type': 'application/pdf' }, '%PDF-1.7'] }));
    expect(await readUrlUnit(`${server.url}/doc.pdf`)).toEqual([
      { type: 'failure', subject: `${server.url}/doc.pdf`, code: 'INPUT_UNSUPPORTED', reason: 'not a supported media type: application/pdf' },
    ]);
  });

  it('turns fetch errors into failure events', async () => {
    const url = await closedPortUrl();
    expect(await readUrlUnit(url)).toEqual([{ type: 'failure', subject: url, code: 'FETCH_FAILED', reason: 'could not connect (ECONNREFUSED)' }]);
  });

  it('reports an empty body', async () => {
    const server = await startServer(routes({ '/empty': [200, { 'content-type': 'text/html' }, ''] }));
    expect(failuresOf(await readUrlUnit(`${server.url}/empty`))[0]?.code).toBe('INPUT_EMPTY');
  });
});
