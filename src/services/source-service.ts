/** The outlets in the store, with how many current articles each has and in which languages. */
import type { ArticleStore } from '../store/article-store.js';
import { outletName } from './outlet-name.js';

export interface OutletSummary {
  /** The name stories count sources by (see `outletName`); usable as the `source` filter of article lists. */
  outlet: string;
  articles: number;
  languages: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
}

const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/** Every outlet, most articles first. */
export async function listOutlets(store: ArticleStore): Promise<OutletSummary[]> {
  const outlets = new Map<string, OutletSummary>();
  for (const row of await store.sourceCounts()) {
    const name = outletName({ publisher: row.publisher, url: row.host ? `https://${row.host}/` : null, source: row.source ?? '' });
    let outlet = outlets.get(name);
    if (!outlet) outlets.set(name, (outlet = { outlet: name, articles: 0, languages: {}, firstPublished: null, lastPublished: null }));
    const language = row.language ?? 'und';
    outlet.articles += row.articles;
    outlet.languages[language] = (outlet.languages[language] ?? 0) + row.articles;
    outlet.firstPublished = earlier(outlet.firstPublished, row.firstPublished);
    outlet.lastPublished = later(outlet.lastPublished, row.lastPublished);
  }
  return [...outlets.values()].sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}
