/**
 * Exact set measures on shingle sets, to verify LSH candidates. Inputs are the
 * ascending unique arrays `shingles` returns (a merge walk, no allocation);
 * any other array or a Set is first made into that form.
 */
import { toShingleSet } from './shingles.js';

export type ShingleSetLike = Uint32Array | ReadonlySet<number>;

function isAscendingUnique(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i += 1) if ((values[i] as number) <= (values[i - 1] as number)) return false;
  return true;
}

function asShingleSet(values: ShingleSetLike): Uint32Array {
  if (values instanceof Uint32Array) return isAscendingUnique(values) ? values : toShingleSet(values);
  return toShingleSet([...values]);
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

export interface SetOverlap {
  shared: number;
  jaccard: number;
  /** |A ∩ B| / |A| and |A ∩ B| / |B| (0 for an empty side). */
  aInB: number;
  bInA: number;
}

/** Shared count, Jaccard and both containments in one merge walk. */
export function compareShingleSets(setA: ShingleSetLike, setB: ShingleSetLike): SetOverlap {
  const a = asShingleSet(setA);
  const b = asShingleSet(setB);
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union, aInB: a.length === 0 ? 0 : shared / a.length, bInA: b.length === 0 ? 0 : shared / b.length };
}

/** Whether an ascending shingle set holds a value (binary search). */
export function hasShingle(set: Uint32Array, value: number): boolean {
  let low = 0;
  let high = set.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = set[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * |A ∩ B| / |A ∪ B|; two empty sets resemble nothing (0), so empty texts are never grouped.
 * @example exactJaccard(shingles(wire), shingles(reprint)) // 0.92
 */
export function exactJaccard(setA: ShingleSetLike, setB: ShingleSetLike): number {
  return compareShingleSets(setA, setB).jaccard;
}

/**
 * Share of A's shingles that are also in B: |A ∩ B| / |A| (0 when A is empty).
 * A wire story inside a reprint that appended a paragraph has containment ≈ 1
 * even though their Jaccard drops.
 * @example containment(shingles(wire), shingles(reprint)) // 1
 */
export function containment(setA: ShingleSetLike, setB: ShingleSetLike): number {
  return compareShingleSets(setA, setB).aInB;
}
