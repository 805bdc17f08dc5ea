/**
 * The demo: ingest the bundled example corpus into a fresh store, so a new
 * user sees the whole system work with one command.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../core/config.js';
import { NewsloomError } from '../core/errors.js';
import type { ArticleStore } from '../store/article-store.js';
import { DATABASE_FILE, openSqliteStore } from '../store/sqlite/sqlite-article-store.js';
import { ingestInputs, type IngestObserver, type IngestSummary } from './ingest-service.js';

/** Marks a data directory as created by the demo, so re-running the demo may safely reset it. */
const DEMO_MARKER = '.newsloom-demo';
export const DEFAULT_DEMO_DIR = './newsloom-demo';

/** The example corpus shipped with the package (src/ and dist/ sit at the same depth). */
export function bundledCorpusPath(): string {
  return fileURLToPath(new URL('../../examples/corpus', import.meta.url));
}

/** Empties a previous demo store; refuses to touch a directory the demo did not create. */
export function resetDemoDirectory(dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!existsSync(join(dataDir, DEMO_MARKER))) {
      throw new NewsloomError('BAD_ARGUMENT', `${dataDir} is not empty and was not created by the demo; give the demo another --data directory`, dataDir);
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `${DATABASE_FILE}${suffix}`), { force: true });
  }
}

export interface DemoResult {
  summary: IngestSummary;
  corpus: string;
  store: ArticleStore;
}

/** Runs the demo; the caller gets the open store to report from and must close it. */
export async function runDemo(config: Config, observer?: IngestObserver): Promise<DemoResult> {
  const corpus = bundledCorpusPath();
  if (!existsSync(corpus)) throw new NewsloomError('INPUT_NOT_FOUND', 'the bundled example corpus is missing from this installation', corpus);
  resetDemoDirectory(config.dataDir);
  const store = openSqliteStore(config.dataDir);
  writeFileSync(join(config.dataDir, DEMO_MARKER), 'This directory was created by `newsloom demo` and is reset each time it runs.\n');
  // The corpus is offline by design: never reach out for linked pages.
  const summary = await ingestInputs(store, [corpus], { config: { ...config, fetchLinkedPages: false }, observer });
  return { summary, corpus, store };
}
