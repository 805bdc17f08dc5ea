import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { openSqliteStore } from '../store/sqlite/sqlite-article-store.js';
import { ingestInputs } from './ingest-service.js';

const offline = { fetch: () => Promise.reject(new Error('offline test')) };

function page(index: number): string {
  return [
    `Harbour traffic report number ${index}`,
    '',
    `The port authority said on Monday that ${index * 10} ships had docked during the week, more than the year before.`,
    '',
    'Partner offers from our sponsors',
    '',
    `Officials added that the new terminal ${index} would open to container traffic before the end of the summer season.`,
  ].join('\n');
}

describe('site boilerplate learning', () => {
  it('removes a short line once the same site has repeated it on enough stored pages', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsloom-site-'));
    const site = join(root, 'harbour-news');
    mkdirSync(site);
    const config = loadConfig({ dataDir: join(root, 'data') });
    const store = openSqliteStore(config.dataDir);
    try {
      for (let i = 1; i <= 3; i += 1) writeFileSync(join(site, `page-${i}.txt`), page(i));
      await ingestInputs(store, [site], { config, fetcher: offline });
      const early = await store.listArticles({});
      // Before the site has taught us anything, the sponsor line reads like a subheading and stays.
      expect(early.every((article) => article.paragraphs.includes('Partner offers from our sponsors'))).toBe(true);

      writeFileSync(join(site, 'page-4.txt'), page(4));
      await ingestInputs(store, [site], { config, fetcher: offline });
      const [latest] = await store.listArticles({ source: 'page-4' });
      expect(latest?.paragraphs).not.toContain('Partner offers from our sponsors');
      expect(latest?.removed).toContainEqual(expect.objectContaining({ text: 'Partner offers from our sponsors', reason: "recurs across this site's pages" }));
    } finally {
      await store.close();
    }
  });

  it('does not learn from the same page ingested again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsloom-site-'));
    const file = join(root, 'page.txt');
    writeFileSync(file, page(1));
    const config = loadConfig({ dataDir: join(root, 'data') });
    const store = openSqliteStore(config.dataDir);
    try {
      for (let i = 0; i < 4; i += 1) await ingestInputs(store, [file], { config, fetcher: offline });
      expect(await store.siteBoilerplate(`file:${root}`, 2)).toEqual(new Set());
    } finally {
      await store.close();
    }
  });
});
