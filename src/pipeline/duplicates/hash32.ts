/**
 * Fast, stable 32-bit hashes for shingles and LSH band keys. Signatures and
 * band keys are stored, so these must give the same numbers on every machine
 * and Node version: integer arithmetic only (Math.imul, shifts), strings read
 * as UTF-16 code units (what every JavaScript engine stores), no seeds from
 * the environment.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of a string.
 * @example fnv1a32('') // 2166136261
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output, so combined FNV values look uniform. */
export function fmix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive hash of a run of 32-bit values (`length` of them from `start`): FNV-1a on whole words, then fmix32. */
export function hashRun(values: ArrayLike<number>, start: number, length: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < start + length; i += 1) {
    hash ^= values[i] as number;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return fmix32(hash);
}
