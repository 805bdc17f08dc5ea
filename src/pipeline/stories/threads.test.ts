import { describe, expect, it } from 'vitest';
import { emptyKeyStats } from './key-stats.js';
import { emptyProfile } from './story-profile.js';
import { linkThreads, THREAD_THRESHOLD, THREAD_WINDOW_DAYS, threadSimilarity } from './threads.js';
import type { StoryProfile } from './types.js';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2020, 9, 10);

function story(id: string, entities: [string, number][], firstMs: number | null, lastMs = firstMs): StoryProfile {
  const profile = emptyProfile(id);
  for (const [entity, weight] of entities) profile.entities.set(entity, weight);
  return { ...profile, firstMs, lastMs };
}

const MAIN: [string, number][] = [
  ['rouhani', 3],
  ['putin', 2],
  ['iran', 1],
];

describe('threadSimilarity', () => {
  it('is 1 for the same main entities and 0 for none in common', () => {
    const stats = emptyKeyStats();
    expect(threadSimilarity(story('a', MAIN, T0), story('b', MAIN, T0), stats)).toBeCloseTo(1, 10);
    expect(threadSimilarity(story('a', MAIN, T0), story('b', [['bundestag', 3]], T0), stats)).toBe(0);
    expect(threadSimilarity(story('a', [], T0), story('b', MAIN, T0), stats)).toBe(0);
  });
});

describe('linkThreads', () => {
  it('merges two stories sharing their main entities into the smaller thread id', () => {
    const later = story('s2', MAIN, T0 + 10 * DAY_MS);
    const earlier = story('s1', MAIN, T0);
    const merges = linkThreads(later, [earlier], emptyKeyStats());
    expect(merges).toEqual([{ from: 's2', to: 's1' }]);
    expect(later.threadId).toBe('s1');
    expect(earlier.threadId).toBe('s1');
  });

  it('gives the same thread whichever story is linked first', () => {
    const a = story('s1', MAIN, T0);
    const b = story('s2', MAIN, T0 + DAY_MS);
    expect(linkThreads(a, [b], emptyKeyStats())).toEqual([{ from: 's2', to: 's1' }]);
    expect([a.threadId, b.threadId]).toEqual(['s1', 's1']);
  });

  it('renames every given story of an absorbed thread', () => {
    const bridge = story('s5', MAIN, T0);
    const member = { ...story('s9', [['bundestag', 1]], T0), threadId: 't3' };
    const other = { ...story('s7', MAIN, T0), threadId: 't3' };
    const merges = linkThreads(bridge, [other, member], emptyKeyStats());
    expect(merges).toEqual([{ from: 't3', to: 's5' }]);
    expect([bridge.threadId, other.threadId, member.threadId]).toEqual(['s5', 's5', 's5']);
  });

  it('does not link stories more than THREAD_WINDOW_DAYS apart, but does just inside the window', () => {
    const stats = emptyKeyStats();
    const first = story('s1', MAIN, T0 - 5 * DAY_MS, T0);
    const far = story('s2', MAIN, T0 + (THREAD_WINDOW_DAYS + 1) * DAY_MS);
    expect(linkThreads(far, [first], stats)).toEqual([]);
    expect(far.threadId).toBe('s2');
    expect(first.threadId).toBe('s1');
    const near = story('s3', MAIN, T0 + (THREAD_WINDOW_DAYS - 1) * DAY_MS);
    expect(linkThreads(near, [first], stats)).toEqual([{ from: 's3', to: 's1' }]);
  });

  it('does not link stories that share no entity, or too few', () => {
    const stats = emptyKeyStats();
    const a = story('s1', MAIN, T0);
    const b = story('s2', [['bundestag', 3], ['scholz', 2]], T0);
    expect(linkThreads(b, [a], stats)).toEqual([]);
    expect(b.threadId).toBe('s2');
    // One passing name among many main ones.
    const c = story('s3', [['iran', 0.2], ['erdogan', 3], ['ankara', 3], ['nato', 3]], T0);
    expect(threadSimilarity(c, a, stats)).toBeLessThan(THREAD_THRESHOLD);
    expect(linkThreads(c, [a], stats)).toEqual([]);
  });

  it('skips the story itself and stories already in its thread', () => {
    const a = story('s1', MAIN, T0);
    const same = { ...story('s2', MAIN, T0), threadId: 's1' };
    expect(linkThreads(a, [a, same], emptyKeyStats())).toEqual([]);
  });
});
