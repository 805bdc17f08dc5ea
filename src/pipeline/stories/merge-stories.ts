/**
 * Folding one story into another. Single-pass clustering decides on each
 * article alone, against the stories that exist at that moment: the first
 * reports of an event that share little with each other start separate
 * stories, and every later article then joins only one of them. Once the
 * pieces have gathered members their summaries say much more than any single
 * article did, so a story is compared with its candidates as a whole (its
 * summary read as one long article, see `storyAsFeatures`) and folded into the
 * best one when they agree. A lone article is folded readily; a story that grew
 * on its own was judged apart from its neighbours article after article, so it
 * needs more (`mergeThresholdFor`): merging at one threshold also merged the
 * two similar events ECB+ pairs in each topic.
 */
import type { EntityType } from '../../core/entity.js';
import type { KeyStats } from './key-stats.js';
import { keyWeights, scoreArticle, type ClusterWeights } from './similarity.js';
import type { ArticleFeatures, MatchEvidence, StoryProfile } from './types.js';

/** The time of `story` closest to `other`'s span, so the time factor measures the gap between the two spans. */
function closestTime(story: StoryProfile, other: StoryProfile | null): number | null {
  if (story.firstMs === null || story.lastMs === null) return null;
  if (!other || other.firstMs === null || other.lastMs === null) return story.firstMs;
  if (story.lastMs < other.firstMs) return story.lastMs;
  if (story.firstMs > other.lastMs) return story.firstMs;
  return Math.max(story.firstMs, other.firstMs);
}

/** A story read as one article (the sums of its members' evidence), dated as close to `other`'s span as its own span allows. */
export function storyAsFeatures(story: StoryProfile, other: StoryProfile | null): ArticleFeatures {
  const languages = [...story.languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    id: story.id,
    // Stems compare within one language only: the story's main language speaks for it.
    language: languages[0]?.[0] ?? null,
    title: null,
    publishedMs: closestTime(story, other),
    entities: story.entities,
    entityTypes: story.entityTypes as Map<string, EntityType>,
    terms: story.terms,
    numbers: new Set(story.numbers.keys()),
    dates: new Set(story.dates.keys()),
  };
}

/**
 * The score at or above which a story of `originals` original articles is folded into another.
 * @example mergeThresholdFor(3, { mergeThreshold: 0.2, mergeStep: 0.035 }) // 0.27
 */
export function mergeThresholdFor(originals: number, weights: Pick<ClusterWeights, 'mergeThreshold' | 'mergeStep'>): number {
  return weights.mergeThreshold + weights.mergeStep * Math.max(0, originals - 1);
}

/** How well `story` as a whole fits `target`: the article score, with the story read as one article. */
export function scoreStoryMerge(story: StoryProfile, target: StoryProfile, stats: KeyStats, weights: ClusterWeights, weigh = keyWeights(stats)): MatchEvidence {
  // A whole story brings enough names and words that a missing date on one side is not held against it.
  const evidence = scoreArticle(storyAsFeatures(story, target), target, stats, { ...weights, undatedFactor: 1 }, weigh);
  return { ...evidence, reason: 'its story was merged into a similar one' };
}
