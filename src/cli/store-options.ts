import type { Command } from 'commander';
import { loadConfig, type Config } from '../core/config.js';
import type { ArticleStore } from '../store/article-store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-article-store.js';

/** Options every command shares: where the store is. */
export interface GlobalOptions {
  data?: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function configFor(command: Command, overrides: Partial<Config> = {}): Config {
  return loadConfig({ dataDir: globalOptions(command).data, ...overrides });
}

/** Opens the store, runs the work, and always closes the store. */
export async function withStore<T>(config: Config, work: (store: ArticleStore) => Promise<T>): Promise<T> {
  const store = openSqliteStore(config.dataDir);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
