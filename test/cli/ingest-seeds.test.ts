import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, STACK_TRACE } from '../support/run-cli.js';
import { SEEDS_DIR, sharedDataAvailable } from '../support/shared-data.js';

describe.runIf(sharedDataAvailable('the seed ingestion test'))('newsloom ingest ../shared/seeds', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-seeds-'));
  const given = relative(REPO_ROOT, SEEDS_DIR);

  it('stores the five seed articles and skips the gold answer file', () => {
    const result = runCli(['ingest', given, '--json'], { dataDir });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ new: 5, unchanged: 0, newVersions: 0, failed: 0, skipped: 1 });
    expect(summary.skippedItems[0].subject).toBe(join(given, 'gold.json'));
  });

  it('stores nothing new when run again', () => {
    const result = runCli(['ingest', given, '--json'], { dataDir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ new: 0, unchanged: 5, failed: 0 });
    const human = runCli(['ingest', given], { dataDir });
    expect(human.stdout).toMatch(/^0 new, 5 unchanged, 0 new versions, 0 failed/m);
  });

  it('lists each article with its source path as given and the article fields', () => {
    const result = runCli(['articles', '--json'], { dataDir });
    expect(result.status).toBe(0);
    const listing = JSON.parse(result.stdout);
    expect(listing.total).toBe(5);
    const sources = listing.articles.map((a: { source: string }) => a.source).sort();
    expect(sources).toEqual(['000_e609e8ebba02049f', '001_a81d3d7f15119f6f', '002_3d2ecb3445c2c1e9', '003_1898813efe79e74c', '004_33236b1ce251c9ca'].map((name) => join(given, `${name}.txt`)));
    for (const article of listing.articles) {
      for (const field of ['id', 'url', 'title', 'paragraphs', 'language', 'published', 'dateline', 'credit', 'publisher', 'captions', 'relatedLinks', 'removed', 'charset', 'fetchedAt', 'contentType']) {
        expect(article).toHaveProperty(field);
      }
      expect(article.paragraphs.length).toBeGreaterThan(0);
    }
    const arabic = listing.articles.find((a: { source: string }) => a.source.includes('002_'));
    expect(arabic.language).toBe('ar');
  });

  it('filters the listing and shows one article by id prefix', () => {
    const arabic = JSON.parse(runCli(['articles', '--language', 'ar', '--json'], { dataDir }).stdout);
    expect(arabic.total).toBe(1);
    const shown = runCli(['show', arabic.articles[0].id.slice(0, 6)], { dataDir });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('روحاني');
    expect(runCli(['show', arabic.articles[0].id, '--json'], { dataDir }).stdout).toContain('"language": "ar"');
  });

  it('reports unknown ids and bad filters plainly with distinct exit codes', () => {
    const missing = runCli(['show', 'deadbeefdeadbeef'], { dataDir });
    expect(missing.status).toBe(4);
    expect(missing.stderr).toContain('no article with id deadbeefdeadbeef');
    const badDate = runCli(['articles', '--since', 'last tuesday'], { dataDir });
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--since takes a date');
    for (const result of [missing, badDate]) expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('reprocesses every stored document without changing the listing', () => {
    const before = JSON.parse(runCli(['articles', '--json'], { dataDir }).stdout);
    const result = runCli(['reprocess', '--json'], { dataDir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ documents: 5, updated: 5, failed: 0 });
    const after = JSON.parse(runCli(['articles', '--json'], { dataDir }).stdout);
    expect(after.articles.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual(before.articles.map((a: { id: string; title: string }) => [a.id, a.title]));
  });

  it('prints store statistics', () => {
    const stats = JSON.parse(runCli(['stats', '--json'], { dataDir }).stdout);
    expect(stats).toMatchObject({ documents: 5, currentArticles: 5, byLanguage: { en: 4, ar: 1 } });
  });
});
