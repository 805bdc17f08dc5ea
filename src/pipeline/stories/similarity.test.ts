import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../core/entity.js';
import { emptyKeyStats } from './key-stats.js';
import { DEFAULT_WEIGHTS, scoreArticle, timeFactor } from './similarity.js';
import { addToProfile, emptyProfile } from './story-profile.js';
import { draftFeatures, type FeatureDraft } from './test-support/draft-features.js';
import type { ArticleFeatures, StoryProfile } from './types.js';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2020, 9, 10, 12);

const features = (id: string, draft: FeatureDraft): ArticleFeatures => draftFeatures(id, draft, T0);

function storyOf(...members: ArticleFeatures[]): StoryProfile {
  const profile = emptyProfile('s1');
  for (const member of members) addToProfile(profile, member, false);
  return profile;
}

const CALL: [string, EntityType][] = [
  ['rouhani', 'person'],
  ['putin', 'person'],
  ['iran', 'place'],
  ['russia', 'place'],
];

describe('scoreArticle', () => {
  it('scores an article with the same entities and words high', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss Karabakh ceasefire in phone call', entities: CALL }));
    const evidence = scoreArticle(features('a2', { title: 'Putin, Rouhani hold phone call on Karabakh ceasefire', entities: CALL }), story, emptyKeyStats());
    expect(evidence.entities).toBeCloseTo(1, 10);
    expect(evidence.lexical).toBeGreaterThan(0.5);
    expect(evidence.score).toBeGreaterThan(0.8);
    expect(evidence.sharedEntities).toHaveLength(4);
    expect(evidence.sharedTerms).toHaveLength(5);
    expect(evidence.sharedTerms).toEqual(expect.arrayContaining(['ceasef', 'karaba']));
  });

  it('scores an article with other entities and words below the threshold', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss Karabakh ceasefire in phone call', entities: CALL }));
    const other = features('a2', { title: 'Parliament passes budget after long debate', entities: [['bundestag', 'organization']] });
    const evidence = scoreArticle(other, story, emptyKeyStats());
    expect(evidence.score).toBeLessThan(DEFAULT_WEIGHTS.threshold);
    expect(evidence.sharedEntities).toEqual([]);
  });

  it('compares an article in another language by entities alone, and can still pass the threshold', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss Karabakh ceasefire in phone call', entities: [...CALL, ['karabakh', 'place']] }));
    const russian = features('a2', { language: 'ru', title: 'Путин и Роухани обсудили перемирие', entities: CALL });
    const evidence = scoreArticle(russian, story, emptyKeyStats());
    expect(evidence.lexical).toBeNull();
    expect(evidence.sharedTerms).toEqual([]);
    expect(evidence.entities).toBeGreaterThan(0.8);
    expect(evidence.entities).toBeLessThan(1);
    // No figures or days on either side: the score is the entity score at its cross-language weight.
    expect(evidence.score).toBeCloseTo(DEFAULT_WEIGHTS.entitiesAlone * evidence.entities, 10);
    expect(evidence.score).toBeGreaterThanOrEqual(DEFAULT_WEIGHTS.threshold);
  });

  it('lets shared days and figures corroborate names and words, never stand in for them', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss Karabakh ceasefire in phone call', entities: CALL, paragraphs: ['Talks on 10 October 2020 covered 45 prisoners.'] }));
    const unrelated = features('a2', { title: 'Parliament passes budget after long debate', entities: [['bundestag', 'organization']], paragraphs: ['Deputies voted 45 against on 10 October 2020.'] });
    const evidence = scoreArticle(unrelated, story, emptyKeyStats());
    expect(evidence).toMatchObject({ dates: 1, numbers: 1 });
    expect(evidence.score).toBeLessThan(DEFAULT_WEIGHTS.mergeThreshold);
    // Without the floor the day and figures alone would reach the merge threshold.
    const unfloored = scoreArticle(unrelated, story, emptyKeyStats(), { ...DEFAULT_WEIGHTS, corroborationFloor: 0 });
    expect(unfloored.score).toBeGreaterThanOrEqual(DEFAULT_WEIGHTS.mergeThreshold);
    // A conflicting day always counts against.
    const conflicting = scoreArticle(features('a3', { title: 'Parliament passes budget', entities: [['bundestag', 'organization']], paragraphs: ['Deputies voted on 1 September 2020.'] }), story, emptyKeyStats());
    expect(conflicting.score).toBeLessThan(0);
  });

  it('does not compare words of different languages even when they are spelled alike', () => {
    const story = storyOf(features('a1', { language: 'en', title: 'Summit' }));
    const evidence = scoreArticle(features('a2', { language: 'fr', title: 'Summit' }), story, emptyKeyStats());
    expect(evidence.lexical).toBeNull();
    expect(evidence.score).toBe(0);
  });

  it('scores conflicting named days lower than agreeing ones (±1 day agrees)', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss ceasefire', paragraphs: ['They spoke on October 10.'], entities: CALL }));
    const stats = emptyKeyStats();
    const draft = (day: string): FeatureDraft => ({ title: 'Rouhani and Putin discuss ceasefire', paragraphs: [`They spoke on ${day}.`], entities: CALL });
    const agreeing = scoreArticle(features('a2', draft('October 10')), story, stats);
    const nextDay = scoreArticle(features('a3', draft('October 11')), story, stats);
    const conflicting = scoreArticle(features('a4', draft('October 20')), story, stats);
    expect(agreeing.dates).toBe(1);
    expect(agreeing.sharedDates).toEqual(['2020-10-10']);
    expect(nextDay.dates).toBe(1);
    expect(conflicting.dates).toBe(-1);
    expect(conflicting.sharedDates).toEqual([]);
    expect(conflicting.score).toBeLessThan(agreeing.score);
    // Same entities and words: the gap is the day term (+1 vs −1), plus the figure the day numbers may share.
    expect(agreeing.lexical).toBeCloseTo(conflicting.lexical ?? NaN, 10);
    expect(agreeing.score - conflicting.score).toBeCloseTo(2 * DEFAULT_WEIGHTS.days + DEFAULT_WEIGHTS.figures * (agreeing.numbers - conflicting.numbers), 10);
  });

  it('neither rewards nor penalises days when one side names none', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss ceasefire', entities: CALL }));
    const evidence = scoreArticle(features('a2', { title: 'Rouhani and Putin discuss ceasefire', paragraphs: ['They spoke on October 20.'], entities: CALL }), story, emptyKeyStats());
    expect(evidence.dates).toBe(0);
  });

  it('counts the share of the article figures the story also has', () => {
    const story = storyOf(features('a1', { title: 'Quake of 6.1 kills 14 and injures 186' }));
    const evidence = scoreArticle(features('a2', { title: 'Quake kills 14 and injures 250' }), story, emptyKeyStats());
    expect(evidence.numbers).toBeCloseTo(0.5, 10);
  });

  it('scores people disagreement lower: the same caller and country but another president on the line', () => {
    const stats = emptyKeyStats();
    const story = storyOf(features('a1', { entities: [['rouhani', 'person'], ['putin', 'person'], ['iran', 'place']] }));
    const agreeing = features('a2', { entities: [['rouhani', 'person'], ['putin', 'person'], ['iran', 'place']] });
    const disagreeing = features('a3', { entities: [['rouhani', 'person'], ['erdogan', 'person'], ['iran', 'place']] });
    const agree = scoreArticle(agreeing, story, stats);
    const disagree = scoreArticle(disagreeing, story, stats);
    expect(disagree.score).toBeLessThan(agree.score);
    // The people factor itself: with actorFloor 1 (people weigh like other names) only the disagreeing article scores higher.
    const flat = { ...DEFAULT_WEIGHTS, actorFloor: 1 };
    expect(scoreArticle(agreeing, story, stats, flat).score).toBeCloseTo(agree.score, 10);
    expect(scoreArticle(disagreeing, story, stats, flat).score).toBeGreaterThan(disagree.score + 0.05);
    // The same article with the other party not typed as a person loses less.
    const untyped = features('a4', { entities: [['rouhani', 'person'], ['erdogan', 'other'], ['iran', 'place']] });
    expect(scoreArticle(untyped, story, stats).score).toBeGreaterThan(disagree.score);
  });

  it('scales the score by the time factor', () => {
    const story = storyOf(features('a1', { title: 'Rouhani and Putin discuss ceasefire', entities: CALL }));
    const stats = emptyKeyStats();
    const { timeGraceDays, timeDecayDays } = DEFAULT_WEIGHTS;
    const lateDays = timeGraceDays + 2 * timeDecayDays;
    const near = scoreArticle(features('a2', { title: 'Rouhani and Putin discuss ceasefire', entities: CALL, publishedMs: T0 + timeGraceDays * DAY_MS }), story, stats);
    const late = scoreArticle(features('a3', { title: 'Rouhani and Putin discuss ceasefire', entities: CALL, publishedMs: T0 + lateDays * DAY_MS }), story, stats);
    expect(near.timeFactor).toBe(1);
    expect(late.timeFactor).toBeCloseTo(Math.exp(-2), 10);
    expect(late.score).toBeCloseTo(near.score * Math.exp(-2), 10);
  });
});

describe('timeFactor', () => {
  const weights = { ...DEFAULT_WEIGHTS, timeGraceDays: 2, timeDecayDays: 5 };
  const story = storyOf(features('a1', { publishedMs: T0 }), features('a2', { publishedMs: T0 + 3 * DAY_MS }));

  it('is 1 inside the story span and within the grace days around it', () => {
    expect(timeFactor(T0 + DAY_MS, story, weights)).toBe(1);
    expect(timeFactor(T0 + 5 * DAY_MS, story, weights)).toBe(1);
    expect(timeFactor(T0 - 2 * DAY_MS, story, weights)).toBe(1);
  });

  it('decays by e every timeDecayDays past the grace, on both sides', () => {
    expect(timeFactor(T0 + (3 + 2 + 5) * DAY_MS, story, weights)).toBeCloseTo(Math.exp(-1), 10);
    expect(timeFactor(T0 - (2 + 10) * DAY_MS, story, weights)).toBeCloseTo(Math.exp(-2), 10);
    expect(timeFactor(T0 + 6 * DAY_MS, story, weights)).toBeLessThan(1);
    expect(timeFactor(T0 + 6 * DAY_MS, story, { ...weights, timeGraceDays: 3 })).toBe(1);
  });

  it('asks more when only one side has a time (a recurring event cannot be told apart), and nothing when neither has', () => {
    const undatedStory = storyOf(features('a1', { publishedMs: null }));
    expect(timeFactor(null, story, weights)).toBe(weights.undatedFactor);
    expect(timeFactor(T0 + 100 * DAY_MS, undatedStory, weights)).toBe(weights.undatedFactor);
    expect(weights.undatedFactor).toBeLessThan(1);
    expect(timeFactor(null, story, { ...weights, undatedFactor: 1 })).toBe(1);
    expect(timeFactor(null, undatedStory, weights)).toBe(1);
  });
});
