/**
 * MinHash signatures: for each of `permutations` universal hash functions
 * h(x) = (a·x + b) mod p, the smallest h over a document's shingles. Two
 * signatures agree at a position with probability equal to the Jaccard
 * similarity of the shingle sets, so the share of agreeing positions
 * estimates it (standard error √(J(1−J)/n): ±0.044 at J = 0.5 with n = 128).
 *
 * Signatures are stored, so they must not change between runs or machines:
 * p is the Mersenne prime 2³¹−1, the coefficients come from fixed integer
 * hashing of the position (no Math.random, no environment), and the
 * arithmetic is exact (products split so that no intermediate exceeds 2⁵³).
 * Position i does not depend on how many positions are asked for, so a
 * 64-permutation signature is the prefix of the 128-permutation one.
 * Bump SIGNATURE_VERSION when anything here, in the shingles or in the word
 * normalisation changes what a text's signature is.
 */
import { NewsloomError } from '../../core/errors.js';
import { fmix32 } from './hash32.js';

export const SIGNATURE_VERSION = 1;
export const DEFAULT_PERMUTATIONS = 128;

const PRIME = 2147483647; // 2^31 - 1
const TWO_31 = 2147483648;
const INVERSE_TWO_31 = 1 / TWO_31; // exact: a power of two
const COEFFICIENT_SEED = 0x6e6c6d68; // "nlmh"
/** Signature value of a position when the document has no shingles (above every hash value, which is < 2^31 - 1). */
export const EMPTY_SLOT = 0xffffffff;

/** x mod (2^31 - 1) for an integer 0 ≤ x < 2^53, using 2^31 ≡ 1. */
function modPrime(x: number): number {
  const high = Math.floor(x * INVERSE_TWO_31);
  const reduced = high + (x - high * TWO_31);
  return reduced >= PRIME ? reduced - PRIME : reduced;
}

const coefficientsHigh: number[] = [];
const coefficientsLow: number[] = [];
const offsets: number[] = [];

/** Makes sure coefficients exist for positions 0..count-1; each a in [1, p−1] is kept as its high 15 and low 16 bits. */
function ensureCoefficients(count: number): void {
  for (let i = offsets.length; i < count; i += 1) {
    const a = 1 + (fmix32(COEFFICIENT_SEED ^ Math.imul(2 * i + 1, 0x9e3779b9)) % (PRIME - 1));
    const b = fmix32(COEFFICIENT_SEED ^ Math.imul(2 * i + 2, 0x9e3779b9)) % PRIME;
    coefficientsHigh.push(Math.floor(a / 65536));
    coefficientsLow.push(a % 65536);
    offsets.push(b);
  }
}

/**
 * MinHash signature of a shingle set (from `shingles`).
 * @example estimateJaccard(minhashSignature(shingles(a)), minhashSignature(shingles(b)))
 */
export function minhashSignature(shingleSet: Uint32Array, permutations = DEFAULT_PERMUTATIONS): Uint32Array {
  if (!Number.isInteger(permutations) || permutations < 1) throw new NewsloomError('BAD_ARGUMENT', `permutations must be a positive integer, got ${permutations}`);
  ensureCoefficients(permutations);
  const values = new Float64Array(shingleSet.length);
  for (let j = 0; j < shingleSet.length; j += 1) values[j] = modPrime(shingleSet[j] as number);
  const signature = new Uint32Array(permutations).fill(EMPTY_SLOT);
  for (let i = 0; i < permutations; i += 1) {
    const high = coefficientsHigh[i] as number;
    const low = coefficientsLow[i] as number;
    const offset = offsets[i] as number;
    let min = EMPTY_SLOT;
    for (let j = 0; j < values.length; j += 1) {
      const x = values[j] as number;
      // a·x = high·2^16·x + low·x; each partial product stays below 2^48.
      const hashed = modPrime(modPrime(high * x) * 65536 + low * x + offset);
      if (hashed < min) min = hashed;
    }
    signature[i] = min;
  }
  return signature;
}

/** Whether a signature is that of a document without shingles (empty text). */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === EMPTY_SLOT);
}

/**
 * Share of positions where two signatures agree: an estimate of the Jaccard
 * similarity of their shingle sets. Empty documents resemble nothing (0).
 * @example estimateJaccard(signature, signature) // 1 (for a non-empty document)
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) throw new NewsloomError('BAD_ARGUMENT', `signatures of different or zero lengths (${a.length} and ${b.length}) cannot be compared`);
  let agree = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) agree += 1;
  return agree / a.length;
}
