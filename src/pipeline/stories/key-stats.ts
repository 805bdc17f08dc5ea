/**
 * Document frequencies of clustering keys (entities, stems, named days): a
 * name or word that half the articles share says little about which event an
 * article reports. The counts grow with every clustered article.
 */
export interface KeyStats {
  /** Articles counted so far. */
  total: number;
  /** Key → number of articles that have it (keys not loaded count as 0). */
  df: Map<string, number>;
}

export function emptyKeyStats(): KeyStats {
  return { total: 0, df: new Map() };
}

/**
 * Pseudo-articles that have none of the keys: while the store holds only a
 * handful of articles, a name shared by all of them is not yet "common" — the
 * smoothing keeps the first articles' weights close to uniform.
 */
export const IDF_PRIOR_ARTICLES = 20;

/**
 * Inverse document frequency, ln((N + prior) / (df + 1)), never below 0.
 * @example idf({ total: 80, df: new Map([['e:iran', 49]]) }, 'e:iran') // ≈ 0.69
 */
export function idf(stats: KeyStats, key: string): number {
  return Math.max(0, Math.log((stats.total + IDF_PRIOR_ARTICLES) / ((stats.df.get(key) ?? 0) + 1)));
}

export function countKeys(stats: KeyStats, keys: Iterable<string>): void {
  stats.total += 1;
  for (const key of keys) stats.df.set(key, (stats.df.get(key) ?? 0) + 1);
}
