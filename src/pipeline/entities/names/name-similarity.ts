/**
 * How alike two names are, across scripts: the words of each (honorifics and
 * the Arabic article set aside) are read into phones and aligned, so that
 * "Hassan Rouhani" meets "روحاني" on the surname, "قره باغ" meets "Karabakh"
 * with its two words run together, and "Hassan Rouhani" stays apart from
 * "Hassan Nasrallah".
 */
import { nameTokens, type NameToken } from './name-tokens.js';
import { phoneSimilarity } from './phone-similarity.js';
import type { Phone } from './phones.js';

/**
 * Score at or above which two names are taken for the same entity. Tuned on
 * name-pairs.ts (hand-made, 141 same-entity pairs, 1,448 distinct pairs in ten
 * scripts): the lowest same-entity score there is 0.822 (Nagorno-Karabakh /
 * قره باغ), the highest distinct one 0.816 (Erdogan / Ardahan). A training
 * score, so a thin margin: see bench/name-matching.ts.
 */
export const SAME_NAME_THRESHOLD = 0.82;

/** Factor when the longer name has words the shorter lacks before its last word ("Vladimir Putin" / "Putin"). */
const MISSING_GIVEN_NAME = 0.97;
/** Factor when the longer name's last word is unmatched ("Hassan Rouhani" / "Hassan"): a first name alone is weak evidence. */
const MISSING_LAST_NAME = 0.75;

function tokenSimilarity(a: NameToken, b: NameToken): number {
  let best = phoneSimilarity(a.phones, b.phones, a.abjad, b.abjad);
  if (best === 1) return 1;
  if (a.withArticle !== undefined) best = Math.max(best, phoneSimilarity(a.withArticle, b.phones, a.abjad, b.abjad));
  if (b.withArticle !== undefined) best = Math.max(best, phoneSimilarity(a.phones, b.withArticle, a.abjad, b.abjad));
  return best;
}

interface Joined {
  readonly phones: readonly Phone[];
  readonly abjad: boolean;
}

function join(tokens: readonly NameToken[], from: number, to: number): Joined {
  const phones: Phone[] = [];
  let abjad = false;
  for (let k = from; k < to; k += 1) {
    phones.push(...tokens[k]!.phones);
    abjad ||= tokens[k]!.abjad;
  }
  return { phones, abjad };
}

/**
 * Every word of `short` matched, in order, to a distinct word of `long`;
 * the mean word similarity, lowered when `long` has words left over.
 */
function alignedSimilarity(short: readonly NameToken[], long: readonly NameToken[]): number {
  const n = short.length;
  const m = long.length;
  // best[i][j]: best sum matching short[0, i) within long[0, j).
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  for (let j = 0; j <= m; j += 1) best[0]![j] = 0;
  for (let i = 1; i <= n; i += 1) {
    for (let j = i; j <= m; j += 1) {
      const skip = best[i]![j - 1]!;
      const match = best[i - 1]![j - 1]! + tokenSimilarity(short[i - 1]!, long[j - 1]!);
      best[i]![j] = Math.max(skip, match);
    }
  }
  const withLast = (best[n - 1]![m - 1]! + tokenSimilarity(short[n - 1]!, long[m - 1]!)) / n;
  const withoutLast = m > n ? best[n]![m - 1]! / n : -Infinity;
  return Math.max(withLast * (m > n ? MISSING_GIVEN_NAME : 1), withoutLast * MISSING_LAST_NAME);
}

/** One name run together against each run of consecutive words of the other (قره باغ / Nagorno-Karabakh). */
function spanSimilarity(whole: readonly NameToken[], other: readonly NameToken[]): number {
  const joined = join(whole, 0, whole.length);
  let best = 0;
  for (let from = 0; from < other.length; from += 1) {
    for (let to = from + 1; to <= other.length; to += 1) {
      if (to - from === 1 && whole.length === 1) continue; // the word alignment covers it
      const span = join(other, from, to);
      const factor = from === 0 && to === other.length ? 1 : to === other.length ? MISSING_GIVEN_NAME : MISSING_LAST_NAME;
      best = Math.max(best, factor * phoneSimilarity(joined.phones, span.phones, joined.abjad, span.abjad));
    }
  }
  return best;
}

/** nameSimilarity on names already read by nameTokens. */
export function tokenNameSimilarity(a: readonly NameToken[], b: readonly NameToken[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let best = alignedSimilarity(short, long);
  if (best < 1) best = Math.max(best, spanSimilarity(short, long), spanSimilarity(long, short));
  return best;
}

/**
 * Similarity in [0, 1] of two names of people or places, in any of the
 * scripts romanize reads; ≥ SAME_NAME_THRESHOLD means "same entity" by name.
 * @example nameSimilarity('Hassan Rouhani', 'روحاني') // 0.97 (surname alone)
 * @example nameSimilarity('Putin', 'Pashinyan') // ≈ 0.42
 */
export function nameSimilarity(a: string, b: string): number {
  return tokenNameSimilarity(nameTokens(a), nameTokens(b));
}

/** Whether two names score as the same entity. */
export function isSameName(a: string, b: string, threshold = SAME_NAME_THRESHOLD): boolean {
  return nameSimilarity(a, b) >= threshold;
}
