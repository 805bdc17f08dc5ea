import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ATOM, JSON_FEED, RDF, RSS2_WITH_CONTENT } from './test-support/feed-fixtures.js';
import { documentsOf, failuresOf, FIXED_NOW, readPath, skippedOf, tempDir, testContext, text, writeFiles } from './test-support/context.js';

const HTML = '<!doctype html><html><head><title>Hello</title></head><body><p>Bonjour le monde</p></body></html>';

describe('plain text and HTML files', () => {
  it('reads a .txt file as one text/plain document with its bytes untouched', async () => {
    const dir = tempDir();
    const latin1 = Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1');
    writeFiles(dir, { 'a.txt': latin1 });
    const events = await readPath(path.join(dir, 'a.txt'));
    expect(events).toHaveLength(1);
    const [doc] = documentsOf(events);
    expect(doc).toMatchObject({
      contentType: 'text/plain',
      declaredCharset: null,
      origin: { kind: 'file', source: path.join(dir, 'a.txt') },
      fetchedAt: FIXED_NOW.toISOString(),
      hints: {},
    });
    expect(Buffer.from(doc!.bytes).equals(latin1)).toBe(true);
  });

  it.each(['page.html', 'page.htm', 'page.xhtml'])('reads %s as one text/html document', async (name) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: HTML });
    const [doc, ...rest] = documentsOf(await readPath(path.join(dir, name)));
    expect(rest).toHaveLength(0);
    expect(doc?.contentType).toBe('text/html');
    expect(text(doc!.bytes)).toBe(HTML);
  });

  it.each([
    ['a.txt.gz', 'text/plain'],
    ['a.html.gz', 'text/html'],
    ['a.htm.gz', 'text/html'],
  ])('decompresses %s', async (name, contentType) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: HTML });
    const [doc] = documentsOf(await readPath(path.join(dir, name)));
    expect(doc?.contentType).toBe(contentType);
    expect(text(doc!.bytes)).toBe(HTML);
  });

  it.each([
    ['page.xhtml', HTML],
    ['records.json', JSON.stringify([{ text: 'one' }, { html: '<p>two</p>' }])],
    ['records.jsonl', '{"text": "one"}\n{"text": "two"}\n'],
    ['records.ndjson', '{"text": "one"}\n'],
    ['daily.rss', RSS2_WITH_CONTENT],
    ['zeitung.atom', ATOM],
    ['times.rdf', RDF],
    ['news.xml', RSS2_WITH_CONTENT],
    ['feed.json', JSON.stringify(JSON_FEED)],
  ])('reads %s.gz exactly like %s', async (name, content) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: content, [`${name}.gz`]: content });
    const plain = documentsOf(await readPath(path.join(dir, name)));
    const gzipped = documentsOf(await readPath(path.join(dir, `${name}.gz`)));
    expect(plain.length).toBeGreaterThan(0);
    const comparable = (docs: typeof plain) => docs.map((doc) => ({ ...doc, bytes: text(doc.bytes), origin: { ...doc.origin, source: '' } }));
    expect(comparable(gzipped)).toEqual(comparable(plain));
  });

  it('reports a truncated gzip file as corrupt', async () => {
    const dir = tempDir();
    const gz = gzipSync(Buffer.from(HTML.repeat(50)));
    fs.writeFileSync(path.join(dir, 'cut.html.gz'), gz.subarray(0, gz.length - 10));
    const events = await readPath(path.join(dir, 'cut.html.gz'));
    expect(events).toEqual([{ type: 'failure', subject: path.join(dir, 'cut.html.gz'), code: 'INPUT_CORRUPT', reason: 'truncated or corrupt gzip data' }]);
  });

  it('refuses a gzip file that decompresses past the limit (gzip bomb)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(5_000_000, 0x61)));
    const ctx = testContext({ limits: { maxDocumentBytes: 100_000, maxContainerBytes: 1_000_000 } });
    const [failure] = failuresOf(await readPath(path.join(dir, 'bomb.txt.gz'), ctx));
    expect(failure?.code).toBe('INPUT_TOO_LARGE');
    expect(failure?.reason).toContain('decompressed data is over the limit of 97.7 KB (100000 bytes)');
  });
});

describe('bad files', () => {
  it('reports an empty file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.txt': '' });
    expect(await readPath(path.join(dir, 'empty.txt'))).toEqual([
      { type: 'failure', subject: path.join(dir, 'empty.txt'), code: 'INPUT_EMPTY', reason: 'the file is empty' },
    ]);
  });

  it('reports a whitespace-only file (also when gzipped) as empty', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'blank.html': ' \n\t\r\n  ', 'blank.txt.gz': '\n\n' });
    expect(failuresOf(await readPath(path.join(dir, 'blank.html')))[0]).toMatchObject({ code: 'INPUT_EMPTY', reason: 'the input holds only whitespace' });
    expect(failuresOf(await readPath(path.join(dir, 'blank.txt.gz')))[0]?.code).toBe('INPUT_EMPTY');
  });

  it('reports a binary file with a text extension', async () => {
    const dir = tempDir();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    writeFiles(dir, { 'photo.html': png, 'photo.txt.gz': png });
    expect(failuresOf(await readPath(path.join(dir, 'photo.html')))[0]).toMatchObject({ code: 'INPUT_BINARY', subject: path.join(dir, 'photo.html') });
    expect(failuresOf(await readPath(path.join(dir, 'photo.txt.gz')))[0]?.code).toBe('INPUT_BINARY');
  });

  it('does not call UTF-16 text binary', async () => {
    const dir = tempDir();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello news', 'utf16le')]);
    writeFiles(dir, { 'u16.txt': utf16 });
    expect(documentsOf(await readPath(path.join(dir, 'u16.txt')))).toHaveLength(1);
  });

  it('fails an unknown extension named directly, listing the supported types', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'notes.xyz': 'hello' });
    const [failure] = failuresOf(await readPath(path.join(dir, 'notes.xyz')));
    expect(failure?.code).toBe('INPUT_UNSUPPORTED');
    expect(failure?.reason).toMatch(/^not a supported file type: \.xyz \(newsloom reads \.txt, \.html, .*\.warc, \(any of these\)\.gz\)$/);
  });

  it('skips an unknown extension found in a folder', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'notes.xyz': 'hello' });
    expect(await readPath(path.join(dir, 'notes.xyz'), testContext(), true)).toEqual([
      { type: 'skipped', subject: path.join(dir, 'notes.xyz'), reason: 'not a supported file type: .xyz' },
    ]);
  });

  it('refuses a file over the size limit without reading it, stating size and limit', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'big.txt': 'x'.repeat(5000), 'big.jsonl': `${JSON.stringify({ text: 'x'.repeat(4000) })}\n` });
    const ctx = testContext({ limits: { maxDocumentBytes: 1000, maxContainerBytes: 10_000 } });
    expect(failuresOf(await readPath(path.join(dir, 'big.txt'), ctx))).toEqual([
      { type: 'failure', subject: path.join(dir, 'big.txt'), code: 'INPUT_TOO_LARGE', reason: 'the file is 4.9 KB (5000 bytes), over the limit of 1000 bytes' },
    ]);
    // Containers get the container limit.
    expect(failuresOf(await readPath(path.join(dir, 'big.jsonl'), ctx))).toHaveLength(0);
  });

  it('reports a file that disappeared after planning', async () => {
    const dir = tempDir();
    const [failure] = failuresOf(await readPath(path.join(dir, 'gone.txt')));
    expect(failure).toMatchObject({ code: 'INPUT_NOT_FOUND', reason: 'no such file or folder' });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file with a plain reason', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'secret.txt': 'classified' });
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const [failure] = failuresOf(await readPath(path.join(dir, 'secret.txt')));
    expect(failure?.reason).toBe('cannot be read: permission denied (EACCES)');
  });

  it('skips XML that is neither a feed nor OPML when found in a folder, fails it when named', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>http://x/</loc></url></urlset>' });
    expect(skippedOf(await readPath(path.join(dir, 'sitemap.xml'), testContext(), true))[0]?.reason).toBe('XML that is neither a feed nor OPML');
    expect(failuresOf(await readPath(path.join(dir, 'sitemap.xml')))[0]?.code).toBe('INPUT_UNSUPPORTED');
  });
});
