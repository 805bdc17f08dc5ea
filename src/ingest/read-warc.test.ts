import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsOf, failuresOf, readPath, tempDir, testContext, text } from './test-support/context.js';
import { buildWarc, type WarcResponseSpec } from './test-support/warc-fixtures.js';

const RECORDS: WarcResponseSpec[] = [
  { url: 'https://cc.example/one', body: '<html><body>One</body></html>', contentType: 'text/html; charset=windows-1252', date: '2024-03-01T10:00:00Z' },
  { url: 'https://cc.example/logo.png', body: 'PNG-ish', contentType: 'image/png' },
  { url: 'https://cc.example/missing', body: '<html>gone</html>', status: 'HTTP/1.1 404 Not Found' },
  { url: 'https://cc.example/one', body: 'GET /one HTTP/1.1', type: 'request' },
  { url: 'https://cc.example/two', body: '<html><body>Two</body></html>', contentType: 'application/xhtml+xml' },
  { url: 'https://cc.example/chunked', body: '5\r\nHello\r\n6\r\n world\r\n0\r\n\r\n', extraHttpHeaders: { 'Transfer-Encoding': 'chunked' } },
];

async function writeWarc(name: string, bytes: Uint8Array): Promise<string> {
  const location = path.join(tempDir(), name);
  fs.writeFileSync(location, bytes);
  return location;
}

describe('WARC', () => {
  it.each([
    ['news.warc', false],
    ['news.warc.gz', true],
  ])('reads the HTML 200 responses of %s and ignores every other record', async (name, gzip) => {
    const location = await writeWarc(name, await buildWarc(RECORDS, gzip));
    const events = await readPath(location);
    expect(failuresOf(events)).toEqual([]);
    expect(events).toHaveLength(3);
    const docs = documentsOf(events);
    expect(docs.map((doc) => text(doc.bytes))).toEqual(['<html><body>One</body></html>', '<html><body>Two</body></html>', 'Hello world']);
    expect(docs[0]).toMatchObject({
      contentType: 'text/html',
      declaredCharset: 'windows-1252',
      fetchedAt: '2024-03-01T10:00:00.000Z',
      origin: { kind: 'warc-record', source: location, locator: expect.stringMatching(/^<urn:uuid:[0-9a-f-]+>$/) },
      hints: { url: 'https://cc.example/one' },
    });
    expect(docs[1]?.declaredCharset).toBeNull();
  });

  it.each([
    ['cut.warc', false, ''],
    ['cut.warc.gz', true, ' (uncompressed)'],
  ])('reports a truncated record in %s with its position and keeps the documents before it', async (name, gzip, space) => {
    const whole = await buildWarc(RECORDS.slice(0, 2).concat(RECORDS[4]!), gzip);
    const location = await writeWarc(name, whole.subarray(0, whole.length - 30));
    const events = await readPath(location);
    expect(documentsOf(events).map((doc) => text(doc.bytes))).toEqual(['<html><body>One</body></html>']);
    const failures = failuresOf(events);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ subject: `${location}#record 4`, code: 'INPUT_CORRUPT' });
    const expected = gzip ? 'truncated or corrupt gzip data' : 'truncated record';
    expect(failures[0]?.reason).toMatch(new RegExp(`^record 4 at byte \\d+${space.replace(/[()]/g, '\\$&')}: ${expected}$`));
  });

  it('reports a record cut inside its header', async () => {
    const whole = await buildWarc(RECORDS.slice(0, 1));
    const secondStart = whole.indexOf('WARC/1.1', 10);
    const location = await writeWarc('cut-header.warc', whole.subarray(0, secondStart + 40));
    const events = await readPath(location);
    expect(failuresOf(events)[0]?.reason).toBe(`record 2 at byte ${secondStart}: truncated record (its header is incomplete)`);
  });

  it('refuses a record over the document limit and reads the rest', async () => {
    const big = { url: 'https://cc.example/big', body: `<html>${'x'.repeat(5000)}</html>` };
    const location = await writeWarc('big.warc', await buildWarc([big, RECORDS[0]!]));
    const ctx = testContext({ limits: { maxDocumentBytes: 1000, maxContainerBytes: 1_000_000 } });
    const events = await readPath(location, ctx);
    expect(events.map((event) => event.type)).toEqual(['failure', 'document']);
    expect(failuresOf(events)[0]).toMatchObject({ code: 'INPUT_TOO_LARGE', reason: expect.stringMatching(/^record 2 at byte \d+: the record is 4\.9 KB \(5013 bytes\), over the limit of 1000 bytes$/) });
  });

  it.each([
    ['fake.warc', Buffer.from('<html>not an archive</html>')],
    ['fake.warc.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03])],
  ])('reports %s, which is not a WARC at all', async (name, bytes) => {
    const location = await writeWarc(name, bytes);
    expect(await readPath(location)).toEqual([
      { type: 'failure', subject: location, code: 'INPUT_CORRUPT', reason: 'not a WARC file (it does not start with a WARC/1.x record header)' },
    ]);
  });

  it('refuses a WARC file over the container limit before reading it', async () => {
    const location = await writeWarc('news.warc', await buildWarc(RECORDS));
    const ctx = testContext({ limits: { maxDocumentBytes: 100, maxContainerBytes: 500 } });
    expect(failuresOf(await readPath(location, ctx))[0]?.code).toBe('INPUT_TOO_LARGE');
  });
});
