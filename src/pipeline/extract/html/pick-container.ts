import type { PageIndex } from './page-index.js';

/** Bonus for an element whose class/id/itemprop says "article" (Zyte benchmark). */
const ARTICLE_HINT_BONUS = 0.25;
/** Climb to the parent only if it adds at least this much net text (characters; Zyte benchmark). */
const MIN_GAIN = 250;

/**
 * Picks the element holding the article. First the element whose nearby
 * blocks weigh most (`nearby`: the paragraphs' own parent wins over the
 * page); then, because articles are often split into sibling sections
 * (around a figure, an ad slot, a "read more" box), climb to the parent while
 * the parent's whole subtree (`subtree`: every block, chrome counted against
 * it) holds more net text than the current element's. Returns -1 when
 * nothing holds any prose.
 */
export function pickContainer(index: PageIndex, nearby: readonly number[], subtree: readonly number[], chrome: ReadonlyArray<string | null>): number {
  let best = -1;
  let bestScore = 0;
  for (let ordinal = 0; ordinal < nearby.length; ordinal++) {
    if (chrome[ordinal]) continue;
    const hint = index.hints[ordinal]?.score ?? 0;
    const score = (nearby[ordinal] as number) * (hint > 0 ? 1 + ARTICLE_HINT_BONUS * hint : 1);
    if (score > 0 && score >= bestScore) {
      best = ordinal;
      bestScore = score;
    }
  }
  if (best < 0) return best;
  // Wrappers that add nothing (equal sums) are passed through; a parent that adds net chrome stops the climb.
  let reached = best;
  for (let parent = index.parents[best] as number; parent >= 0 && !chrome[parent]; parent = index.parents[parent] as number) {
    const gain = (subtree[parent] as number) - (subtree[reached] as number);
    if (gain < 0) break;
    if ((subtree[parent] as number) >= (subtree[best] as number) + MIN_GAIN) best = parent;
    reached = parent;
  }
  return best;
}
