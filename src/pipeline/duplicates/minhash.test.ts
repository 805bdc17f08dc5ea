import { describe, expect, it } from 'vitest';
import { EMPTY_SLOT, estimateJaccard, isEmptySignature, minhashSignature } from './minhash.js';
import { exactJaccard } from './set-similarity.js';
import { shingles, toShingleSet } from './shingles.js';

/** A set of `size` values starting at `from` (distinct, spread by a multiplier so they look like hashes). */
function hashes(from: number, size: number): Uint32Array {
  return toShingleSet(Array.from({ length: size }, (_, i) => Math.imul(from + i, 0x9e3779b1) >>> 0));
}

describe('minhashSignature', () => {
  it('is deterministic and pinned: signatures are stored, so their values must not move', () => {
    const signature = minhashSignature(shingles('A magnitude 6.1 earthquake struck Bingol province in eastern Turkey before dawn on Wednesday.'));
    expect(signature).toHaveLength(128);
    expect(minhashSignature(shingles('A magnitude 6.1 earthquake struck Bingol province in eastern Turkey before dawn on Wednesday.'))).toEqual(signature);
    // If these change, stored signatures no longer match new ones: bump SIGNATURE_VERSION.
    expect(Array.from(signature.slice(0, 4))).toEqual([931118499, 143281857, 536675673, 483768200]);
  });

  it('gives shorter signatures as prefixes of longer ones', () => {
    const set = hashes(0, 300);
    expect(minhashSignature(set, 64)).toEqual(minhashSignature(set, 128).slice(0, 64));
  });

  it('estimates Jaccard within a few standard errors (±0.044 at 128 permutations)', () => {
    for (const [shared, only] of [
      [300, 0],
      [200, 100],
      [100, 200],
      [0, 300],
    ] as const) {
      const a = hashes(0, shared + only);
      const b = hashes(only, shared + only);
      const truth = exactJaccard(a, b);
      expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - truth)).toBeLessThan(0.13);
    }
  });

  it('makes an empty text resemble nothing, itself included', () => {
    const empty = minhashSignature(new Uint32Array(0));
    expect(isEmptySignature(empty)).toBe(true);
    expect(empty[0]).toBe(EMPTY_SLOT);
    expect(estimateJaccard(empty, empty)).toBe(0);
  });

  it('refuses to compare signatures of different lengths', () => {
    expect(() => estimateJaccard(minhashSignature(hashes(0, 5), 64), minhashSignature(hashes(0, 5)))).toThrow(/different or zero lengths/);
    expect(() => minhashSignature(hashes(0, 5), 0)).toThrow(/positive integer/);
  });
});
