import { describe, expect, it } from 'vitest';
import { addToProfile, emptyProfile } from './story-profile.js';
import { articleKeys, dayKey, entityKey, LOOKUP_TERMS, lookupKeys, STORY_INDEX_TERMS, storyKeys, termKey } from './story-keys.js';
import type { ArticleFeatures } from './types.js';

function features(termCount: number): ArticleFeatures {
  return {
    id: 'a1',
    language: 'en',
    title: null,
    publishedMs: null,
    entities: new Map([['putin', 2]]),
    entityTypes: new Map([['putin', 'person']]),
    // Term i weighs termCount - i: "en:w000" is the heaviest.
    terms: new Map(Array.from({ length: termCount }, (_, i) => [`en:w${String(i).padStart(3, '0')}`, termCount - i])),
    numbers: new Set(['14']),
    dates: new Set(['2020-10-10']),
  };
}

describe('story keys', () => {
  it('prefixes entities, terms and days by kind', () => {
    expect([entityKey('putin'), termKey('en:ceasef'), dayKey('2020-10-10')]).toEqual(['e:putin', 't:en:ceasef', 'd:2020-10-10']);
  });

  it('counts every key of an article but looks stories up by its heaviest terms only', () => {
    const count = LOOKUP_TERMS + 10;
    const article = features(count);
    const all = articleKeys(article);
    expect(all).toHaveLength(1 + count + 1);
    expect(all).toContain(`t:en:w${String(count - 1).padStart(3, '0')}`);
    const lookup = lookupKeys(article);
    expect(lookup.filter((key) => key.startsWith('t:'))).toHaveLength(LOOKUP_TERMS);
    expect(lookup).toContain('t:en:w000');
    expect(lookup).toContain(`t:en:w${String(LOOKUP_TERMS - 1).padStart(3, '0')}`);
    expect(lookup).not.toContain(`t:en:w${String(LOOKUP_TERMS).padStart(3, '0')}`);
    expect(lookup).toEqual(expect.arrayContaining(['e:putin', 'd:2020-10-10']));
  });

  it('indexes a story under all its entities and days and its STORY_INDEX_TERMS heaviest terms', () => {
    const profile = emptyProfile('s1');
    addToProfile(profile, features(STORY_INDEX_TERMS + 40), false);
    const keys = storyKeys(profile);
    expect(keys.filter((key) => key.startsWith('t:'))).toHaveLength(STORY_INDEX_TERMS);
    expect(keys).toContain(`t:en:w${String(STORY_INDEX_TERMS - 1).padStart(3, '0')}`);
    expect(keys).not.toContain(`t:en:w${String(STORY_INDEX_TERMS).padStart(3, '0')}`);
    expect(keys).toEqual(expect.arrayContaining(['e:putin', 'd:2020-10-10']));
    // Figures are scored, not indexed.
    expect(keys).toHaveLength(1 + STORY_INDEX_TERMS + 1);
  });
});
