import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATOM, RSS2_WITH_CONTENT } from './test-support/feed-fixtures.js';
import { documentsOf, failuresOf, readPath, readUrlUnit, tempDir, writeFiles } from './test-support/context.js';
import { routes, startServer } from './test-support/local-server.js';

function opml(...feedUrls: string[]): string {
  const outlines = feedUrls.map((url, i) => `<outline text="Feed ${i}" type="rss" xmlUrl="${url}"/>`).join('\n      ');
  return `<?xml version="1.0"?>
<opml version="2.0"><head><title>Subscriptions</title></head>
  <body>
    <outline text="News">
      ${outlines}
    </outline>
  </body>
</opml>`;
}

describe('OPML', () => {
  it('reads every feed it lists; a feed that fails is its own failure and the others are still read', async () => {
    const server = await startServer(routes({ '/daily.rss': [200, { 'content-type': 'application/rss+xml' }, RSS2_WITH_CONTENT] }));
    const dir = tempDir();
    writeFiles(dir, { 'subs.opml': opml(`${server.url}/gone.rss`, `${server.url}/daily.rss`) });
    const events = await readPath(path.join(dir, 'subs.opml'));
    expect(failuresOf(events)).toEqual([{ type: 'failure', subject: `${server.url}/gone.rss`, code: 'FETCH_FAILED', reason: 'HTTP 404 Not Found' }]);
    const docs = documentsOf(events);
    expect(docs).toHaveLength(2);
    // The feed URL, not the OPML file, is the source of its items.
    expect(docs.every((doc) => doc.origin.kind === 'feed-item' && doc.origin.source === `${server.url}/daily.rss`)).toBe(true);
    expect(docs[0]?.hints.publisher).toBe('Daily Example');
  });

  it('sniffs an .xml file with an <opml> root', async () => {
    const server = await startServer(routes({ '/atom': [200, { 'content-type': 'application/atom+xml' }, ATOM] }));
    const dir = tempDir();
    writeFiles(dir, { 'subs.xml': opml(`${server.url}/atom`) });
    expect(documentsOf(await readPath(path.join(dir, 'subs.xml')))).toHaveLength(2);
  });

  it('resolves relative feed URLs of an OPML list fetched from a URL', async () => {
    const server = await startServer(
      routes({
        '/lists/subs.opml': [200, { 'content-type': 'text/x-opml' }, opml('../feeds/daily.rss')],
        '/feeds/daily.rss': [200, { 'content-type': 'application/rss+xml' }, RSS2_WITH_CONTENT],
      }),
    );
    const docs = documentsOf(await readUrlUnit(`${server.url}/lists/subs.opml`));
    expect(docs.map((doc) => doc.origin.source)).toEqual([`${server.url}/feeds/daily.rss`, `${server.url}/feeds/daily.rss`]);
  });

  it('reports an OPML file that lists no feeds', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.opml': opml() });
    expect(failuresOf(await readPath(path.join(dir, 'empty.opml')))).toEqual([expect.objectContaining({ code: 'INPUT_INVALID', reason: 'the OPML lists no feeds (no outline has an xmlUrl)' })]);
  });

  it('reports malformed OPML', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'cut.opml': '<opml version="2.0"><body><outline text="a" xmlUrl="http://127.0.0.1:1/x">' });
    expect(failuresOf(await readPath(path.join(dir, 'cut.opml')))[0]?.code).toBe('INPUT_CORRUPT');
  });
});

describe('OPML, gzipped', () => {
  it('reads subs.opml.gz', async () => {
    const server = await startServer(routes({ '/daily.rss': [200, { 'content-type': 'application/rss+xml' }, RSS2_WITH_CONTENT] }));
    const dir = tempDir();
    writeFiles(dir, { 'subs.opml.gz': opml(`${server.url}/daily.rss`) });
    expect(documentsOf(await readPath(path.join(dir, 'subs.opml.gz')))).toHaveLength(2);
  });
});
