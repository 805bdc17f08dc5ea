/**
 * Where two versions of a text differ: around their shared text (a reprint's
 * own banner, headline, byline, footer, an appended note, a cut ending) or
 * inside it (an update's added paragraph).
 *
 * Anchors are places where both texts run in step for at least 3 shingles
 * (7 words at size 5): a lone shared shingle, such as a few words of a URL
 * slug, is not one. Between two consecutive anchors each side has a gap; in a
 * gap, only shingles the other text lacks altogether count (a paragraph moved
 * elsewhere is not new). A word replaced leaves `size` new shingles on both
 * sides; w inserted words leave w + size − 1 on one side and size − 1 on the
 * other. So the difference of the two counts is the number of words inserted.
 */
import { hasShingle } from './set-similarity.js';

const MIN_RUN = 3;

export interface InsertedBlock {
  /** Words in the largest block present inside the shared text on one side only (0 if none). */
  words: number;
  /** The side that has the block. */
  side: 'a' | 'b' | null;
}

/** For each shingle of A, the position of its first occurrence in B if it starts or continues a run of ≥ MIN_RUN in step; else -1. */
function anchorsInB(sequenceA: Uint32Array, sequenceB: Uint32Array): Int32Array {
  const firstInB = new Map<number, number>();
  sequenceB.forEach((hash, j) => {
    if (!firstInB.has(hash)) firstInB.set(hash, j);
  });
  const match = Int32Array.from(sequenceA, (hash) => firstInB.get(hash) ?? -1);
  const anchors = new Int32Array(sequenceA.length).fill(-1);
  let runStart = 0;
  for (let i = 1; i <= match.length; i += 1) {
    const continues = i < match.length && (match[i - 1] as number) >= 0 && match[i] === (match[i - 1] as number) + 1;
    if (continues) continue;
    if ((match[runStart] as number) >= 0 && i - runStart >= MIN_RUN) anchors.set(match.subarray(runStart, i), runStart);
    runStart = i;
  }
  return anchors;
}

function newShingles(sequence: Uint32Array, from: number, to: number, other: Uint32Array): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (!hasShingle(other, sequence[i] as number)) count += 1;
  return count;
}

/**
 * Largest block of words inserted inside the shared text, from both texts' shingle sequences (`shingleSequence`) and sets.
 * @example largestInsertedBlock(original.sequence, original.shingles, updated.sequence, updated.shingles) // { words: 22, side: 'b' }
 */
export function largestInsertedBlock(sequenceA: Uint32Array, setA: Uint32Array, sequenceB: Uint32Array, setB: Uint32Array): InsertedBlock {
  const anchors = anchorsInB(sequenceA, sequenceB);
  let previousA = -1;
  let previousB = -1;
  let largest: InsertedBlock = { words: 0, side: null };
  for (let i = 0; i < anchors.length; i += 1) {
    const j = anchors[i] as number;
    // Anchors must move forward in both texts; one that jumps back (a moved paragraph) is skipped.
    if (j < 0 || j <= previousB) continue;
    if (previousA >= 0) {
      const difference = newShingles(sequenceB, previousB + 1, j, setA) - newShingles(sequenceA, previousA + 1, i, setB);
      if (Math.abs(difference) > largest.words) largest = { words: Math.abs(difference), side: difference > 0 ? 'b' : 'a' };
    }
    previousA = i;
    previousB = j;
  }
  return largest;
}
