/** The store in numbers, for `stats` and the API. */
import type { ArticleStore, StoreStats } from '../store/article-store.js';

export interface StoreOverview extends StoreStats {
  stories: number;
}

export async function storeOverview(store: ArticleStore): Promise<StoreOverview> {
  const [stats, stories] = await Promise.all([store.stats(), store.countStories({})]);
  return { ...stats, stories };
}
