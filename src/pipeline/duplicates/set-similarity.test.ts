import { describe, expect, it } from 'vitest';
import { compareShingleSets, containment, exactJaccard, hasShingle } from './set-similarity.js';

const A = Uint32Array.from([1, 2, 3, 4]);
const B = Uint32Array.from([3, 4, 5, 6, 7, 8]);

describe('set similarity', () => {
  it('computes Jaccard and both containments', () => {
    expect(exactJaccard(A, B)).toBe(2 / 8);
    expect(containment(A, B)).toBe(2 / 4);
    expect(containment(B, A)).toBe(2 / 6);
    expect(compareShingleSets(A, B)).toEqual({ shared: 2, jaccard: 0.25, aInB: 0.5, bInA: 2 / 6 });
  });

  it('accepts Sets and unsorted arrays', () => {
    expect(exactJaccard(new Set([4, 3, 2, 1]), Uint32Array.from([8, 7, 6, 5, 4, 3, 3]))).toBe(0.25);
  });

  it('says an empty text resembles nothing', () => {
    const empty = new Uint32Array(0);
    expect(exactJaccard(empty, empty)).toBe(0);
    expect(containment(empty, A)).toBe(0);
  });

  it('finds values by binary search', () => {
    expect([0, 1, 4, 5].map((v) => hasShingle(A, v))).toEqual([false, true, true, false]);
  });
});
