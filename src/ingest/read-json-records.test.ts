import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsOf, failuresOf, readPath, skippedOf, tempDir, testContext, text, writeFiles } from './test-support/context.js';

const RECORD = {
  url: 'https://news.example/a',
  title: 'A title',
  text: 'Plain body text.',
  published: '2024-04-01',
  source: 'Example News',
  language: 'fr',
  author: 'Ann Writer',
};

async function readJson(name: string, content: unknown, viaFolder = false) {
  const dir = tempDir();
  writeFiles(dir, { [name]: typeof content === 'string' ? content : JSON.stringify(content) });
  const location = path.join(dir, name);
  return { location, events: await readPath(location, testContext(), viaFolder) };
}

describe('JSON article records', () => {
  it('reads a single record with its fields as hints', async () => {
    const { location, events } = await readJson('one.json', RECORD);
    expect(events).toHaveLength(1);
    const [doc] = documentsOf(events);
    expect(doc).toMatchObject({
      contentType: 'text/plain',
      declaredCharset: 'utf-8',
      origin: { kind: 'json-record', source: location, locator: 'record 1' },
      hints: { url: RECORD.url, title: RECORD.title, published: RECORD.published, publisher: 'Example News', language: 'fr', author: 'Ann Writer' },
    });
    expect(text(doc!.bytes)).toBe('Plain body text.');
  });

  it('prefers html over text and makes it a text/html document', async () => {
    const { events } = await readJson('one.json', { text: 'plain', html: '<p>Ünïcode</p>' });
    const [doc] = documentsOf(events);
    expect(doc?.contentType).toBe('text/html');
    expect(text(doc!.bytes)).toBe('<p>Ünïcode</p>');
  });

  it('reads an array of records, numbering them from 1', async () => {
    const { events } = await readJson('many.json', [{ text: 'one' }, { html: '<p>two</p>' }]);
    expect(documentsOf(events).map((doc) => doc.origin.locator)).toEqual(['record 1', 'record 2']);
  });

  it.each(['articles', 'items'])('reads an object with an %s array', async (key) => {
    const { events } = await readJson('wrapped.json', { generated: 'today', [key]: [{ text: 'one' }, { text: 'two' }, { text: 'three' }] });
    expect(documentsOf(events).map((doc) => text(doc.bytes))).toEqual(['one', 'two', 'three']);
  });

  it('treats null fields as absent', async () => {
    const { events } = await readJson('nulls.json', { text: 'body', author: null, title: null });
    expect(documentsOf(events)[0]?.hints).toEqual({});
  });

  it('reports each invalid record in plain words and still reads the valid ones', async () => {
    const { location, events } = await readJson('mixed.json', [{ text: 'ok' }, { title: 'no body' }, { text: 'ok 2', title: 42 }]);
    expect(documentsOf(events).map((doc) => text(doc.bytes))).toEqual(['ok']);
    expect(failuresOf(events)).toEqual([
      { type: 'failure', subject: `${location}#record 2`, code: 'INPUT_INVALID', reason: "record 2: needs a 'text' or 'html' field" },
      { type: 'failure', subject: `${location}#record 3`, code: 'INPUT_INVALID', reason: "record 3: 'title' must be a string" },
    ]);
  });

  it('reports malformed JSON with the parser position', async () => {
    const { events } = await readJson('broken.json', '{\n  "text": "a",\n  "title" "b"\n}');
    expect(failuresOf(events)).toEqual([expect.objectContaining({ code: 'INPUT_CORRUPT', reason: expect.stringMatching(/^malformed JSON at line 3, column 11: /) })]);
  });

  it('skips unrelated JSON found in a folder (a gold-answer file) and fails it when named directly', async () => {
    const gold = { clusters: [{ id: 1, members: ['a', 'b'] }] };
    const inFolder = await readJson('gold.json', gold, true);
    expect(inFolder.events).toEqual([{ type: 'skipped', subject: inFolder.location, reason: 'JSON that is neither article records nor a JSON Feed' }]);
    const named = await readJson('gold.json', gold);
    expect(failuresOf(named.events)).toEqual([expect.objectContaining({ code: 'INPUT_INVALID', reason: 'JSON that is neither article records nor a JSON Feed' })]);
    const array = await readJson('pairs.json', [{ a: 1, b: 2 }], true);
    expect(skippedOf(array.events)).toHaveLength(1);
  });

  it('reports an empty record list', async () => {
    const { events } = await readJson('none.json', { articles: [] });
    expect(failuresOf(events)[0]).toMatchObject({ code: 'INPUT_EMPTY' });
  });

  it('decompresses .json.gz', async () => {
    const { events } = await readJson('one.json.gz', RECORD);
    expect(documentsOf(events)).toHaveLength(1);
  });
});

describe('JSON Lines', () => {
  it('reads one record per line, reporting an invalid record and a malformed line by line number', async () => {
    const lines = [JSON.stringify({ text: 'first' }), '', JSON.stringify({ title: 'no body' }), '{"text": "half', JSON.stringify({ html: '<p>last</p>', url: 'https://x/5' })];
    const { location, events } = await readJson('feed.jsonl', `${lines.join('\n')}\n`);
    expect(events.map((event) => event.type)).toEqual(['document', 'failure', 'failure', 'document']);
    const docs = documentsOf(events);
    expect(docs.map((doc) => doc.origin.locator)).toEqual(['record 1', 'record 5']);
    expect(docs[1]?.hints.url).toBe('https://x/5');
    const [invalid, malformed] = failuresOf(events);
    expect(invalid).toEqual({ type: 'failure', subject: `${location}#record 3`, code: 'INPUT_INVALID', reason: "record 3: needs a 'text' or 'html' field" });
    expect(malformed).toMatchObject({ subject: `${location}#record 4`, code: 'INPUT_CORRUPT' });
    expect(malformed?.reason).toMatch(/^record 4: malformed JSON/);
  });

  it.each(['a.ndjson', 'a.jsonl.gz'])('reads %s', async (name) => {
    const { events } = await readJson(name, `${JSON.stringify({ text: 'x' })}\r\n${JSON.stringify({ text: 'y' })}\r\n`);
    expect(documentsOf(events).map((doc) => text(doc.bytes))).toEqual(['x', 'y']);
  });

  it('skips JSON Lines with no article records when found in a folder', async () => {
    const { events } = await readJson('gold.jsonl', '{"pair": [1, 2], "same": true}\n{"pair": [3, 4], "same": false}\n', true);
    expect(skippedOf(events)).toHaveLength(1);
  });
});
