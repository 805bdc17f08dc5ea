import { describe, expect, it } from 'vitest';
import type { StoryProfile } from '../pipeline/stories/types.js';
import { profileFromJson, profileToJson } from './story-profile-json.js';

const PROFILE: StoryProfile = {
  id: 'sabc',
  threadId: 'sab0',
  articles: 5,
  originals: 3,
  firstMs: Date.UTC(2020, 9, 10, 6),
  lastMs: Date.UTC(2020, 9, 12, 18, 30),
  entities: new Map([
    ['Q1', 1 + Math.log(3)],
    ['Q2', 0.1 + 0.2],
  ]),
  entityTypes: new Map([
    ['Q1', 'person'],
    ['Q2', 'place'],
  ]),
  terms: new Map([
    ['ar:مشاورا', 1 / 3],
    ['en:ceasef', 2.5],
  ]),
  numbers: new Map([['6.1', 2]]),
  dates: new Map([['2020-10-10', 3]]),
  languages: new Map([
    ['en', 2],
    ['und', 1],
  ]),
};

const entries = (profile: StoryProfile): unknown[] => [profile.entities, profile.entityTypes, profile.terms, profile.numbers, profile.dates, profile.languages].map((map) => [...map]);

describe('story profile JSON', () => {
  it('round-trips a profile exactly: every map entry, in order, with its exact number', () => {
    const loaded = profileFromJson(PROFILE.id, profileToJson(PROFILE));
    expect(loaded).toEqual(PROFILE);
    expect(entries(loaded)).toEqual(entries(PROFILE));
    expect(loaded.entities.get('Q1')).toBe(1 + Math.log(3));
    expect(loaded.entities.get('Q2')).toBe(0.1 + 0.2);
    expect(loaded.terms.get('ar:مشاورا')).toBe(1 / 3);
  });

  it('keeps unknown times and empty maps, and takes the id from the caller', () => {
    const empty: StoryProfile = { ...PROFILE, firstMs: null, lastMs: null, entities: new Map(), entityTypes: new Map(), terms: new Map(), numbers: new Map(), dates: new Map(), languages: new Map() };
    const loaded = profileFromJson('other', profileToJson(empty));
    expect(loaded).toEqual({ ...empty, id: 'other' });
    expect(loaded.entities).toBeInstanceOf(Map);
  });
});
