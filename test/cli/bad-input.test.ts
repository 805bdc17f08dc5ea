import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

const GOOD = 'Armenia and Azerbaijan agreed to halt fighting over Nagorno-Karabakh from noon on Saturday, the Russian foreign minister said after talks in Moscow.';

function makeInputs(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsloom-bad-'));
  const folder = join(root, 'inputs');
  mkdirSync(folder);
  writeFileSync(join(folder, 'good.txt'), `Ceasefire agreed\n\n${GOOD}\n`);
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'truncated.txt.gz'), gzipSync(Buffer.from(GOOD.repeat(50))).subarray(0, 60));
  writeFileSync(join(folder, 'broken.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed');
  writeFileSync(join(folder, 'broken.warc'), 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>cut');
  writeFileSync(join(folder, 'big.txt'), `${GOOD}\n`.repeat(200));
  writeFileSync(join(root, 'notes.xyz'), 'not a news format');
  return { root, folder };
}

describe('ingesting bad input', () => {
  it('reports each bad input on its own line, stores the good one, and exits non-zero', () => {
    const { root, folder } = makeInputs();
    const dataDir = join(root, 'data');
    const previous = join(root, 'previous.txt');
    writeFileSync(previous, `Earlier report\n\n${GOOD} Earlier.\n`);
    expect(runCli(['ingest', previous], { dataDir }).status).toBe(0);
    const before = runCli(['articles', '--json'], { dataDir }).stdout;

    const result = runCli(['ingest', folder, join(root, 'notes.xyz'), join(root, 'missing.txt'), 'http://127.0.0.1:9/unreachable'], {
      dataDir,
      env: { NEWSLOOM_MAX_DOCUMENT_BYTES: '20000', NEWSLOOM_FETCH_TIMEOUT_MS: '3000' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const failures = result.stderr.split('\n').filter((line) => line.startsWith('failed'));
    const expectations: [string, RegExp][] = [
      [join(folder, 'binary.txt'), /binary/i],
      [join(folder, 'empty.txt'), /empty/i],
      [join(folder, 'truncated.txt.gz'), /gzip/i],
      [join(folder, 'broken.rss'), /xml|feed|malformed/i],
      [join(folder, 'broken.warc'), /warc|truncated|record/i],
      [join(folder, 'big.txt'), /limit|large/i],
      [join(root, 'notes.xyz'), /\.xyz|not a supported|unsupported/i],
      [join(root, 'missing.txt'), /does not exist|not found|no such file/i],
      ['http://127.0.0.1:9/unreachable', /connect|refused|fetch/i],
    ];
    for (const [subject, reason] of expectations) {
      const line = failures.find((f) => f.includes(subject));
      expect(line, `a failure line for ${subject}`).toBeDefined();
      expect(line).toMatch(reason);
    }
    expect(result.stdout).toMatch(/^1 new, 0 unchanged, 0 new versions, 9 failed/m);

    // What was stored before is untouched; the good file of the failed run is stored.
    const after = JSON.parse(runCli(['articles', '--json'], { dataDir }).stdout);
    const earlier = JSON.parse(before).articles[0];
    expect(after.articles.find((a: { id: string }) => a.id === earlier.id)).toEqual(earlier);
    expect(after.total).toBe(2);
  });

  it('rejects an invalid configuration value naming the setting', () => {
    const result = runCli(['stats'], { env: { NEWSLOOM_BATCH_SIZE: 'lots' }, dataDir: mkdtempSync(join(tmpdir(), 'newsloom-cfg-')) });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/NEWSLOOM_BATCH_SIZE/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports a data directory that is not a store plainly', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-notastore-'));
    writeFileSync(join(dataDir, 'newsloom.db'), 'garbage '.repeat(1000));
    const result = runCli(['stats'], { dataDir });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/newsloom\.db: cannot open the store/);
  });
});
