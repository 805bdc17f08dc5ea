import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInputs } from './plan-inputs.js';
import { readUnit } from './read-unit.js';
import { collect, documentsOf, skippedOf, tempDir, testContext, writeFiles } from './test-support/context.js';

describe('planInputs', () => {
  it('makes URL units from http and https arguments', async () => {
    expect(await planInputs(['https://example.org/feed', 'HTTP://example.org/a'])).toEqual({
      units: [
        { kind: 'url', location: 'https://example.org/feed', viaFolder: false },
        { kind: 'url', location: 'HTTP://example.org/a', viaFolder: false },
      ],
      events: [],
    });
  });

  it('fails other URL schemes and missing paths, keeping the rest', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'x' });
    const missing = path.join(dir, 'nope.txt');
    const plan = await planInputs(['ftp://example.org/x', 'file:///etc/hosts', missing, path.join(dir, 'a.txt')]);
    expect(plan.units).toEqual([{ kind: 'file', location: path.join(dir, 'a.txt'), viaFolder: false }]);
    expect(plan.events).toEqual([
      { type: 'failure', subject: 'ftp://example.org/x', code: 'INPUT_UNSUPPORTED', reason: 'ftp: URLs are not supported (newsloom reads http and https URLs, files and folders)' },
      { type: 'failure', subject: 'file:///etc/hosts', code: 'INPUT_UNSUPPORTED', reason: 'file: URLs are not supported (newsloom reads http and https URLs, files and folders)' },
      { type: 'failure', subject: missing, code: 'INPUT_NOT_FOUND', reason: 'no such file or folder' },
    ]);
  });

  it('walks a folder recursively in a stable sorted order, skipping hidden files and folders', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'b.txt': 'b',
      'A.html': '<p>A</p>',
      'sub/z.txt': 'z',
      'sub/deeper/c.json': '{"text": "c"}',
      'a.txt': 'a',
      '.hidden.txt': 'h',
      '.git/config.txt': 'g',
      'sub/.cache/x.txt': 'x',
    });
    const plan = await planInputs([dir]);
    expect(plan.events).toEqual([]);
    expect(plan.units).toEqual(
      ['A.html', 'a.txt', 'b.txt', 'sub/deeper/c.json', 'sub/z.txt'].map((relative) => ({ kind: 'file', location: path.join(dir, relative), viaFolder: true })),
    );
  });

  it('keeps a relative folder relative', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'news/one.txt': '1' });
    const previous = process.cwd();
    process.chdir(dir);
    try {
      expect((await planInputs(['./news'])).units).toEqual([{ kind: 'file', location: path.join('news', 'one.txt'), viaFolder: true }]);
    } finally {
      process.chdir(previous);
    }
  });

  it('follows a symlinked folder once, without looping', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'news/one.txt': '1' });
    fs.symlinkSync(path.join(dir, 'news'), path.join(dir, 'news', 'loop'));
    expect((await planInputs([path.join(dir, 'news')])).units.map((unit) => path.basename(unit.location))).toEqual(['one.txt']);
  });

  it('reports an empty folder', async () => {
    const dir = tempDir();
    expect((await planInputs([dir])).events).toEqual([{ type: 'failure', subject: dir, code: 'INPUT_EMPTY', reason: 'the folder holds no files' }]);
  });

  it('reads a mixed folder: documents in order, unknown types and unrelated JSON skipped', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '1-story.txt': 'A story.',
      '2-page.html.gz': '<p>Page</p>',
      '3-photo.jpg': 'not read',
      '4-gold.json': JSON.stringify({ clusters: [[1, 2]] }),
      '5-records.jsonl': `${JSON.stringify({ text: 'r1' })}\n`,
    });
    const ctx = testContext();
    const { units } = await planInputs([dir]);
    const events = (await Promise.all(units.map((unit) => collect(readUnit(unit, ctx))))).flat();
    expect(documentsOf(events).map((doc) => path.basename(doc.origin.source))).toEqual(['1-story.txt', '2-page.html.gz', '5-records.jsonl']);
    expect(skippedOf(events).map((event) => [path.basename(event.subject), event.reason])).toEqual([
      ['3-photo.jpg', 'not a supported file type: .jpg'],
      ['4-gold.json', 'JSON that is neither article records nor a JSON Feed'],
    ]);
    expect(events.filter((event) => event.type === 'failure')).toEqual([]);
  });
});
