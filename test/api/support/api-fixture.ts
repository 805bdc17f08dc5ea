/** A store with the seeds and the bundled example corpus, and the app over it, for the API tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsloomError } from '../../../src/core/errors.js';
import { createApp, type NewsloomApp } from '../../../src/http/create-app.js';
import { loadAppConfig, type ServerSettings } from '../../../src/http/server-config.js';
import type { Fetcher } from '../../../src/ingest/types.js';
import { bundledCorpusPath } from '../../../src/services/demo-service.js';
import { ingestInputs } from '../../../src/services/ingest-service.js';
import type { ArticleStore } from '../../../src/store/article-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-article-store.js';
import { SEEDS_DIR } from '../../support/shared-data.js';

export const TOKEN = 'test-token-0123456789abcdef';

/** Tests never reach the network: a URL is answered only by a page given here. */
export function offlineFetcher(pages: Record<string, string> = {}): Fetcher {
  return {
    async fetch(url) {
      const page = pages[url];
      if (page === undefined) throw new NewsloomError('FETCH_FAILED', 'offline test: no such page', url);
      return { url, bytes: new TextEncoder().encode(page), mediaType: 'text/html', charset: 'utf-8', fetchedAt: '2024-05-01T00:00:00Z' };
    },
  };
}

export function freshStore(): { store: ArticleStore; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-api-'));
  return { store: openSqliteStore(dataDir), dataDir };
}

/** A fresh store holding, when asked, the seed articles, then the bundled example corpus (ingested one after the other, as a user would). */
export async function seededStore(withSeeds: boolean): Promise<{ store: ArticleStore; dataDir: string }> {
  const fresh = freshStore();
  const config = loadAppConfig({ dataDir: fresh.dataDir, fetchLinkedPages: false }, {}, {});
  for (const input of [...(withSeeds ? [SEEDS_DIR] : []), bundledCorpusPath()]) await ingestInputs(fresh.store, [input], { config, fetcher: offlineFetcher() });
  return fresh;
}

/** The app over a store; settings come from here only, never from the environment the tests run in. */
export function appFor(store: ArticleStore, dataDir: string, settings: Partial<ServerSettings> = {}, fetcher: Fetcher = offlineFetcher()): NewsloomApp {
  const config = loadAppConfig({ dataDir, fetchLinkedPages: false }, { token: TOKEN, webDir: join(dataDir, 'no-web-build'), ...settings }, {});
  return createApp({ store, config, fetcher, version: 'test', logError: () => undefined });
}
