import type { PageIndex } from './page-index.js';

/** Bonus for an element whose class/id/itemprop says "article" (Zyte benchmark). */
const ARTICLE_HINT_BONUS = 0.25;

/**
 * The element holding the most article text net of chrome: the maximum of the
 * subtree sums, the deepest one winning ties (descendants come later in
 * pre-order). Returns -1 when nothing holds any prose.
 */
export function pickContainer(index: PageIndex, mass: readonly number[], chrome: ReadonlyArray<string | null>): number {
  let best = -1;
  let bestScore = 0;
  for (let ordinal = 0; ordinal < mass.length; ordinal++) {
    if (chrome[ordinal]) continue;
    const hint = index.hints[ordinal]?.score ?? 0;
    const score = (mass[ordinal] as number) * (hint > 0 ? 1 + ARTICLE_HINT_BONUS * hint : 1);
    if (score > 0 && score >= bestScore) {
      best = ordinal;
      bestScore = score;
    }
  }
  return best;
}
