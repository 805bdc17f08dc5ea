/**
 * Near-duplicate detection: exact copies, reprints of one text at other sites,
 * and updated versions of an article. Pure and deterministic: signatures and
 * band keys are the same on every run and machine, so they can be stored.
 *
 *   words → shingles → MinHash signature → LSH candidates → classifyPair
 */
export { findChangedFigures, type ChangedFigure } from './changed-figures.js';
export {
  classifyPair,
  classifyPrepared,
  prepareText,
  NEAR_CONTAINMENT,
  NEAR_JACCARD,
  MIN_INSERTED_WORDS,
  PreparedText,
  type ComparableText,
  type PairClassification,
  type PairEvidence,
  type PairRelation,
} from './classify-pair.js';
export { fnv1a32 } from './hash32.js';
export { candidateProbability, DEFAULT_BANDS, DEFAULT_ROWS, LshIndex, signatureBandKeys, type LshOptions, type SerializedLshIndex } from './lsh-index.js';
export { isFigure, matchWords, normalizeForMatch } from './match-words.js';
export { DEFAULT_PERMUTATIONS, estimateJaccard, isEmptySignature, minhashSignature, SIGNATURE_VERSION } from './minhash.js';
export { compareShingleSets, containment, exactJaccard, hasShingle, type SetOverlap, type ShingleSetLike } from './set-similarity.js';
export { DEFAULT_SHINGLE_SIZE, hashWords, shingleSequence, shingles, shinglesOfWords, toShingleSet, type ShingleOptions } from './shingles.js';
