import { describe, expect, it } from 'vitest';
import { addToProfile, emptyProfile, MAX_PROFILE_ENTITIES, mergeProfiles, storyIdFor } from './story-profile.js';
import type { ArticleFeatures } from './types.js';

function features(id: string, publishedMs: number | null, entities: [string, number][]): ArticleFeatures {
  return {
    id,
    language: 'en',
    title: null,
    publishedMs,
    entities: new Map(entities),
    entityTypes: new Map(entities.map(([entity]) => [entity, 'person'])),
    terms: new Map([['en:ceasef', 2]]),
    numbers: new Set(['14']),
    dates: new Set(['2020-10-10']),
  };
}

describe('addToProfile', () => {
  it('sums the evidence of originals and tracks the time span', () => {
    const profile = emptyProfile('s1');
    addToProfile(profile, features('a1', 2000, [['putin', 2]]), false);
    addToProfile(profile, features('a2', 1000, [['putin', 1], ['rouhani', 1]]), false);
    expect(profile).toMatchObject({ articles: 2, originals: 2, firstMs: 1000, lastMs: 2000 });
    expect(profile.entities).toEqual(new Map([['putin', 3], ['rouhani', 1]]));
    expect(profile.terms).toEqual(new Map([['en:ceasef', 4]]));
    expect(profile.numbers).toEqual(new Map([['14', 2]]));
    expect(profile.dates).toEqual(new Map([['2020-10-10', 2]]));
    expect(profile.languages).toEqual(new Map([['en', 2]]));
  });

  it('counts a duplicate as an article and in the time span, but adds no evidence', () => {
    const profile = emptyProfile('s1');
    addToProfile(profile, features('a1', 1000, [['putin', 2]]), false);
    addToProfile(profile, features('a2', 5000, [['erdogan', 5]]), true);
    expect(profile).toMatchObject({ articles: 2, originals: 1, firstMs: 1000, lastMs: 5000 });
    expect(profile.entities).toEqual(new Map([['putin', 2]]));
    expect(profile.entityTypes).toEqual(new Map([['putin', 'person']]));
  });

  it('keeps the heaviest entities only, and their types only', () => {
    const profile = emptyProfile('s1');
    const many: [string, number][] = Array.from({ length: MAX_PROFILE_ENTITIES + 10 }, (_, i) => [`e${String(i).padStart(3, '0')}`, 100 - i]);
    addToProfile(profile, features('a1', null, many), false);
    expect(profile.entities.size).toBe(MAX_PROFILE_ENTITIES);
    expect(profile.entities.has('e000')).toBe(true);
    expect(profile.entities.has(`e${String(MAX_PROFILE_ENTITIES).padStart(3, '0')}`)).toBe(false);
    expect([...profile.entityTypes.keys()].sort()).toEqual([...profile.entities.keys()].sort());
  });

  it('derives a story id from the article id', () => {
    expect(storyIdFor('0123456789abcdef0123')).toBe('s0123456789abcde');
  });
});

describe('mergeProfiles', () => {
  it('adds the members, span and evidence of one story to another, leaving the first as it was', () => {
    const into = emptyProfile('s1');
    addToProfile(into, features('a1', 2000, [['putin', 2]]), false);
    const from = emptyProfile('s2');
    addToProfile(from, features('a2', 1000, [['putin', 1], ['rouhani', 1]]), false);
    addToProfile(from, { ...features('a3', 9000, []), language: 'ar' }, true);
    const before = structuredClone(from);
    mergeProfiles(into, from);
    expect(into).toMatchObject({ id: 's1', threadId: 's1', articles: 3, originals: 2, firstMs: 1000, lastMs: 9000 });
    expect(into.entities).toEqual(new Map([['putin', 3], ['rouhani', 1]]));
    expect(into.entityTypes).toEqual(new Map([['putin', 'person'], ['rouhani', 'person']]));
    expect(into.terms).toEqual(new Map([['en:ceasef', 4]]));
    expect(into.numbers).toEqual(new Map([['14', 2]]));
    expect(into.languages).toEqual(new Map([['en', 2]]));
    expect(from).toEqual(before);
  });

  it('cuts the merged evidence to the limits of a grown story', () => {
    const many = (offset: number): [string, number][] => Array.from({ length: MAX_PROFILE_ENTITIES }, (_, i) => [`e${String(i + offset).padStart(3, '0')}`, 1]);
    const into = emptyProfile('s1');
    addToProfile(into, features('a1', null, many(0)), false);
    const from = emptyProfile('s2');
    addToProfile(from, features('a2', null, many(10)), false);
    mergeProfiles(into, from);
    expect(into.entities.size).toBe(MAX_PROFILE_ENTITIES);
    expect(into.entities.get('e010')).toBe(2);
    expect([...into.entityTypes.keys()].sort()).toEqual([...into.entities.keys()].sort());
  });
});
