import { describe, expect, it } from 'vitest';
import { countKeys, emptyKeyStats, idf, IDF_PRIOR_ARTICLES } from './key-stats.js';

describe('idf', () => {
  it('is smoothed with prior articles: ln((N + prior) / (df + 1))', () => {
    expect(idf({ total: 80, df: new Map([['e:iran', 49]]) }, 'e:iran')).toBeCloseTo(Math.log((80 + IDF_PRIOR_ARTICLES) / 50), 10);
    expect(idf(emptyKeyStats(), 'e:unknown')).toBeCloseTo(Math.log(IDF_PRIOR_ARTICLES), 10);
    expect(IDF_PRIOR_ARTICLES).toBeGreaterThan(0);
  });

  it('keeps a key shared by the first few articles close to a rare one', () => {
    const stats = { total: 3, df: new Map([['e:shared', 3]]) };
    expect(idf(stats, 'e:shared')).toBeGreaterThan(1.5);
    expect(idf(stats, 'e:shared')).toBeLessThan(idf(stats, 'e:rare'));
  });

  it('is never below 0', () => {
    expect(idf({ total: 0, df: new Map([['t:en:said', 500]]) }, 't:en:said')).toBe(0);
  });
});

describe('countKeys', () => {
  it('counts one article and each of its keys', () => {
    const stats = emptyKeyStats();
    countKeys(stats, ['e:a', 'e:b']);
    countKeys(stats, ['e:a']);
    expect(stats.total).toBe(2);
    expect(stats.df).toEqual(new Map([
      ['e:a', 2],
      ['e:b', 1],
    ]));
    expect(idf(stats, 'e:a')).toBeLessThan(idf(stats, 'e:b'));
  });
});
