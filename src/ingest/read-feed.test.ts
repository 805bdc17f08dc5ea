import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATOM, JSON_FEED, MALFORMED_RSS, RDF, RSS091, RSS2_WITH_CONTENT, rssSummaryOnly } from './test-support/feed-fixtures.js';
import { documentsOf, failuresOf, readPath, tempDir, testContext, text, writeFiles } from './test-support/context.js';
import { routes, startServer } from './test-support/local-server.js';
import type { ReaderContext } from './types.js';

async function readFeedFile(name: string, content: string | Uint8Array, ctx: ReaderContext = testContext()) {
  const dir = tempDir();
  writeFiles(dir, { [name]: content });
  const location = path.join(dir, name);
  return { location, events: await readPath(location, ctx) };
}

describe('RSS', () => {
  it('reads RSS 2.0 items from content:encoded, with item and channel fields as hints', async () => {
    const { location, events } = await readFeedFile('daily.rss', RSS2_WITH_CONTENT);
    const docs = documentsOf(events);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({
      contentType: 'text/html',
      declaredCharset: 'utf-8',
      origin: { kind: 'feed-item', source: location, locator: 'urn:example:storm' },
      hints: {
        url: 'https://news.example/storm',
        title: 'Storm hits coast',
        published: 'Mon, 01 Apr 2024 08:00:00 GMT',
        author: 'Jo Reporter',
        publisher: 'Daily Example',
        language: 'en',
        summary: 'A storm <b>hit</b> the coast.',
      },
    });
    expect(text(docs[0]!.bytes)).toBe('<p>The storm hit the coast on Monday &amp; damaged homes.</p>');
    // No guid: the link locates the item.
    expect(docs[1]?.origin.locator).toBe('https://news.example/second');
  });

  it('reads RSS 0.91 from its descriptions', async () => {
    const [doc] = documentsOf((await readFeedFile('old.rss', RSS091)).events);
    expect(text(doc!.bytes)).toBe('Old description body.');
    expect(doc?.hints).toMatchObject({ publisher: 'Old School', language: 'en-us', url: 'http://old.example/1' });
  });

  it('uses the summary when an item has no content and fetching is off', async () => {
    const { events } = await readFeedFile('teasers.rss', rssSummaryOnly('https://teasers.example/1'));
    expect(events).toHaveLength(1);
    const [doc] = documentsOf(events);
    expect(text(doc!.bytes)).toBe('Only a teaser.');
    expect(doc?.contentType).toBe('text/html');
  });

  it('fetches the linked page when an item has no content and fetching is on', async () => {
    const page = '<html><body><article>The whole story, fetched.</article></body></html>';
    const server = await startServer(routes({ '/story': [200, { 'content-type': 'text/html; charset=ISO-8859-1' }, page] }));
    const ctx = testContext({ fetchLinkedPages: true });
    const { events } = await readFeedFile('teasers.rss', rssSummaryOnly(`${server.url}/story`), ctx);
    const [doc] = documentsOf(events);
    expect(text(doc!.bytes)).toBe(page);
    expect(doc).toMatchObject({ contentType: 'text/html', declaredCharset: 'iso-8859-1', origin: { kind: 'feed-item' }, hints: { url: `${server.url}/story`, summary: 'Only a teaser.' } });
    expect(server.requests.map((request) => request.url)).toEqual(['/story']);
  });

  it('falls back to the summary when the linked page cannot be fetched', async () => {
    const server = await startServer(routes({}));
    const { events } = await readFeedFile('teasers.rss', rssSummaryOnly(`${server.url}/missing`), testContext({ fetchLinkedPages: true }));
    expect(events).toHaveLength(1);
    expect(text(documentsOf(events)[0]!.bytes)).toBe('Only a teaser.');
  });

  it('fails only the item that has no content, no summary and no fetchable page', async () => {
    const server = await startServer(routes({}));
    const off = await readFeedFile('bare.rss', rssSummaryOnly(`${server.url}/missing`, false));
    expect(off.events).toEqual([
      { type: 'failure', subject: `${off.location}#item 1`, code: 'INPUT_INVALID', reason: 'item 1 has no content or summary, and fetching linked pages is off' },
    ]);
    const on = await readFeedFile('bare.rss', rssSummaryOnly(`${server.url}/missing`, false), testContext({ fetchLinkedPages: true }));
    expect(failuresOf(on.events)).toEqual([
      expect.objectContaining({ code: 'FETCH_FAILED', reason: 'item 1 has no content or summary, and its linked page could not be read: HTTP 404 Not Found' }),
    ]);
  });

  it('decodes a feed by its XML encoding declaration', async () => {
    const body = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title><item><title>Т</title><description>Привет мир</description></item></channel></rss>';
    const [doc] = documentsOf((await readFeedFile('ru.rss', iconvWindows1251(body))).events);
    expect(text(doc!.bytes)).toBe('Привет мир');
    expect(doc?.hints.publisher).toBe('Новости');
  });

  it('reads a gzipped feed', async () => {
    expect(documentsOf((await readFeedFile('daily.rss.gz', RSS2_WITH_CONTENT)).events)).toHaveLength(2);
  });
});

describe('Atom, RDF and JSON Feed', () => {
  it('reads Atom entries: html content as HTML, untyped content as plain text', async () => {
    const { location, events } = await readFeedFile('zeitung.atom', ATOM);
    const docs = documentsOf(events);
    expect(docs.map((doc) => doc.contentType)).toEqual(['text/html', 'text/plain']);
    expect(text(docs[0]!.bytes)).toBe('<p>Der ganze Artikel.</p>');
    expect(docs[0]).toMatchObject({
      origin: { kind: 'feed-item', source: location, locator: 'urn:atom:1' },
      hints: { url: 'https://atom.example/1', title: 'Erster Artikel', published: '2024-04-01T09:30:00Z', author: 'Max Muster', publisher: 'Atom Zeitung', language: 'de' },
    });
    expect(text(docs[1]!.bytes)).toBe('Plain < text body');
  });

  it('reads RDF (RSS 1.0) items', async () => {
    const [doc] = documentsOf((await readFeedFile('times.rdf', RDF)).events);
    expect(text(doc!.bytes)).toBe('Le résumé complet.');
    expect(doc).toMatchObject({
      origin: { locator: 'https://rdf.example/1' },
      hints: { title: 'Premier', published: '2024-04-03T08:00:00+02:00', author: 'Claire', publisher: 'RDF Times', language: 'fr' },
    });
  });

  it('reads a JSON Feed in a .json file: content_html as HTML, content_text as plain text', async () => {
    const { events } = await readFeedFile('daily.json', JSON.stringify(JSON_FEED));
    const docs = documentsOf(events);
    expect(docs.map((doc) => [doc.contentType, text(doc.bytes)])).toEqual([
      ['text/html', '<p>Uno completo</p>'],
      ['text/plain', 'Dos en texto'],
    ]);
    expect(docs[0]).toMatchObject({
      origin: { kind: 'feed-item', locator: 'j1' },
      hints: { url: 'https://json.example/1', title: 'Uno', published: '2024-04-04T00:00:00Z', author: 'Ana', publisher: 'JSON Daily', language: 'es' },
    });
  });

  it.each([
    ['news.xml', RSS2_WITH_CONTENT, 2],
    ['atom.xml', ATOM, 2],
    ['rdf.xml', RDF, 1],
  ])('sniffs %s as a feed', async (name, content, count) => {
    expect(documentsOf((await readFeedFile(name, content)).events)).toHaveLength(count);
  });
});

describe('broken feeds', () => {
  it('reports a feed that is not well-formed XML instead of reading it partially', async () => {
    const { location, events } = await readFeedFile('cut.rss', MALFORMED_RSS);
    expect(events).toEqual([{ type: 'failure', subject: location, code: 'INPUT_CORRUPT', reason: expect.stringMatching(/^malformed XML at line \d+, column \d+: .*channel/) }]);
  });

  it('reports well-formed XML that is not a feed', async () => {
    const { events } = await readFeedFile('odd.rss', '<?xml version="1.0"?><catalog><book/></catalog>');
    expect(failuresOf(events)).toEqual([expect.objectContaining({ code: 'INPUT_INVALID', reason: 'not an RSS, Atom, RDF or JSON feed' })]);
  });

  it('reports a feed without items', async () => {
    const { events } = await readFeedFile('empty.rss', '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>');
    expect(failuresOf(events)).toEqual([expect.objectContaining({ code: 'INPUT_EMPTY', reason: 'the feed has no items' })]);
  });

  it('refuses an item over the document limit but reads the others', async () => {
    const ctx = testContext({ limits: { maxDocumentBytes: 40, maxContainerBytes: 100_000 } });
    const events = (await readFeedFile('daily.rss', RSS2_WITH_CONTENT, ctx)).events;
    expect(events.map((event) => event.type)).toEqual(['failure', 'document']);
    expect(failuresOf(events)[0]).toMatchObject({ code: 'INPUT_TOO_LARGE', subject: expect.stringMatching(/#item 1$/) });
  });
});

/** windows-1251 encoding for Cyrillic and ASCII (enough for the fixture; Node has no built-in encoder). */
function iconvWindows1251(value: string): Uint8Array {
  return Uint8Array.from([...value].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`cannot encode ${char}`);
  }));
}
