/**
 * The real server, as `newsloom serve` runs it, over a fresh store holding the seeds and the bundled example
 * corpus, serving a fresh build of the web application, on an ephemeral loopback port.
 */
import { rmSync } from 'node:fs';
import { createApp } from '../../../src/http/create-app.js';
import { loadAppConfig } from '../../../src/http/server-config.js';
import { startServer } from '../../../src/http/start-server.js';
import type { ArticleStore } from '../../../src/store/article-store.js';
import { offlineFetcher, seededStore, TOKEN } from '../../api/support/api-fixture.js';
import { buildWebApp } from './web-build.js';

export interface SeededServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  base: string;
  token: string;
  store: ArticleStore;
  close(): Promise<void>;
}

export async function startSeededServer(): Promise<SeededServer> {
  const [webDir, { store, dataDir }] = await Promise.all([buildWebApp(), seededStore(true)]);
  const config = loadAppConfig({ dataDir, fetchLinkedPages: false }, { host: '127.0.0.1', port: 0, token: TOKEN, webDir }, {});
  const app = createApp({ store, config, fetcher: offlineFetcher(), version: 'e2e', logError: (error) => console.error('e2e server error:', error) });
  const server = await startServer(app, { host: config.host, port: 0 });
  return {
    base: server.url.replace(/\/$/, ''),
    token: TOKEN,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
