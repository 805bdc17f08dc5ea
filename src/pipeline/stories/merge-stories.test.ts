import { describe, expect, it } from 'vitest';
import { emptyKeyStats } from './key-stats.js';
import { mergeThresholdFor, scoreStoryMerge, storyAsFeatures } from './merge-stories.js';
import { DEFAULT_WEIGHTS } from './similarity.js';
import { addToProfile, emptyProfile } from './story-profile.js';
import { draftFeatures, type FeatureDraft } from './test-support/draft-features.js';
import type { StoryProfile } from './types.js';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2024, 2, 13, 6);

function story(id: string, drafts: FeatureDraft[]): StoryProfile {
  const profile = emptyProfile(id);
  drafts.forEach((draft, i) => addToProfile(profile, draftFeatures(`${id}-${i}`, draft, T0), false));
  return profile;
}

const quake = (publishedMs: number | null = T0): FeatureDraft => ({
  title: 'Magnitude 6.1 earthquake hits Bingol province, kills 14',
  paragraphs: ['Rescuers searched collapsed buildings in Bingol, the disaster agency AFAD said.'],
  entities: [['bingol', 'place'], ['afad', 'organization']],
  publishedMs,
});
const budget: FeatureDraft = { title: 'Bundestag passes the federal budget after a long debate', entities: [['bundestag', 'organization'], ['scholz', 'person']] };

describe('storyAsFeatures', () => {
  it("reads a story as one article in its main language, with its members' evidence", () => {
    const profile = story('s1', [quake(), quake(), { ...quake(), language: 'tr', title: 'Bingöl depremi' }]);
    const features = storyAsFeatures(profile, null);
    expect(features.language).toBe('en');
    expect(features.entities).toBe(profile.entities);
    expect(features.numbers).toEqual(new Set(profile.numbers.keys()));
    expect(features.publishedMs).toBe(T0);
  });

  it("takes the time of its span closest to the other story's, so only the gap between the spans counts", () => {
    const early = story('s1', [quake(T0), quake(T0 + DAY_MS)]);
    const late = story('s2', [quake(T0 + 10 * DAY_MS)]);
    const overlapping = story('s3', [quake(T0 + DAY_MS / 2)]);
    expect(storyAsFeatures(early, late).publishedMs).toBe(T0 + DAY_MS);
    expect(storyAsFeatures(late, early).publishedMs).toBe(T0 + 10 * DAY_MS);
    expect(storyAsFeatures(overlapping, early).publishedMs).toBe(T0 + DAY_MS / 2);
    expect(storyAsFeatures(story('s4', [{ ...quake(), publishedMs: null }]), early).publishedMs).toBeNull();
  });
});

describe('scoreStoryMerge', () => {
  it('scores two pieces of one event far above two different events, and says why', () => {
    const stats = emptyKeyStats();
    const piece = story('s1', [quake()]);
    const main = story('s2', [quake(), quake(T0 + 3_600_000)]);
    const other = story('s3', [budget]);
    const same = scoreStoryMerge(piece, main, stats, DEFAULT_WEIGHTS);
    expect(same.score).toBeGreaterThan(mergeThresholdFor(piece.originals, DEFAULT_WEIGHTS));
    expect(same.reason).toBe('its story was merged into a similar one');
    expect(same.sharedEntities).toEqual(expect.arrayContaining(['bingol', 'afad']));
    expect(scoreStoryMerge(other, main, stats, DEFAULT_WEIGHTS).score).toBeLessThan(mergeThresholdFor(other.originals, DEFAULT_WEIGHTS));
  });

  it('does not hold a missing date on one side against a whole story', () => {
    const stats = emptyKeyStats();
    const main = story('s2', [quake(), quake()]);
    const undated = scoreStoryMerge(story('s1', [quake(null)]), main, stats, DEFAULT_WEIGHTS);
    expect(DEFAULT_WEIGHTS.undatedFactor).toBeLessThan(1);
    expect(undated.timeFactor).toBe(1);
  });

  it('lets time weigh against pieces weeks apart', () => {
    const stats = emptyKeyStats();
    const main = story('s2', [quake(), quake()]);
    const near = scoreStoryMerge(story('s1', [quake(T0 + DAY_MS)]), main, stats, DEFAULT_WEIGHTS).score;
    const far = scoreStoryMerge(story('s1', [quake(T0 + 20 * DAY_MS)]), main, stats, DEFAULT_WEIGHTS).score;
    expect(far).toBeLessThan(near / 2);
  });
});

describe('mergeThresholdFor', () => {
  it('asks more of a story the more originals it gathered on its own', () => {
    const weights = { mergeThreshold: 0.2, mergeStep: 0.05 };
    expect(mergeThresholdFor(1, weights)).toBe(0.2);
    expect(mergeThresholdFor(3, weights)).toBeCloseTo(0.3);
    expect(mergeThresholdFor(0, weights)).toBe(0.2);
  });
});
