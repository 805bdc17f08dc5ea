/**
 * What two article bodies are to each other: the same text (exact), a copy of
 * one text at another site (reprint), a later version of one text (update), or
 * different texts. Run on LSH candidates, with exact shingle sets.
 *
 * Rules, in order (the first that applies decides):
 * 1. exact: the same words after normalisation (case, whitespace, punctuation,
 *    letter variants ignored).
 * 2. different: unless Jaccard ≥ 0.5 or one text keeps ≥ 0.8 of its shingles
 *    in the other. On ECB+ (real English news, 5,568 pairs of articles about
 *    one event) every pair read past this gate was one wire text (a copy, a
 *    truncated copy, a longer version); below it outlets had rewritten the
 *    wire story around shared quotes, which is "same story" (a later grouping
 *    stage), not a copy. Articles on other events stay under Jaccard 0.06.
 * 3. update: a figure was changed in place ("kills 14" → "kills 23").
 * 4. update: a block of ≥ 15 words sits inside the shared text on one side
 *    only — an added paragraph, not a replaced word or a date line — unless
 *    published times show the block is missing from the later text (a copy
 *    that cut a passage: reprint).
 * 5. reprint: otherwise — the differences lie around the shared text: another
 *    banner, headline, byline or footer, an appended note, a cut ending.
 *
 * Why position and not Jaccard tells reprint from update: a reprint of a
 * 250-shingle article under new boilerplate with one appended sentence has
 * Jaccard 0.72–0.95 in the bench, an update with an added paragraph
 * 0.74–0.85; the ranges overlap, the places of the differences do not.
 * What this cannot tell: an update that only appends at the end, without
 * changing a figure, reads as a reprint with an appended note.
 * Titles do not decide (reprinters rewrite headlines, editors retitle
 * updates); with published times, `evidence.newer` says which side is later.
 */
import { changedFiguresBetween, type ChangedFigure } from './changed-figures.js';
import { largestInsertedBlock } from './inserted-text.js';
import { matchWords } from './match-words.js';
import { compareShingleSets } from './set-similarity.js';
import { DEFAULT_SHINGLE_SIZE, hashWords, shingleSequence, toShingleSet } from './shingles.js';

export type PairRelation = 'exact' | 'reprint' | 'update' | 'different';

export interface ComparableText {
  text: string;
  title?: string | null;
  /** ISO 8601 publication time, if known. */
  published?: string | null;
}

/** Gate of rule 2, from ECB+ (see above). */
export const NEAR_JACCARD = 0.5;
export const NEAR_CONTAINMENT = 0.8;
/**
 * Rule 4: more than a date, byline or headline difference (≤ 14 words in the
 * ECB+ pairs read as copies), less than an added paragraph (planted updates
 * 21–22 words; AP stories re-issued with new paragraphs in ECB+: 15–31).
 */
export const MIN_INSERTED_WORDS = 15;

/**
 * A text tokenised and shingled once, to be compared with many others. Keeps
 * word hashes, not words: the words are re-read from the text only for pairs
 * that pass the gate (exact check, changed figures).
 */
export class PreparedText {
  readonly wordHashes: Uint32Array;
  /** Shingle hashes in text order, with repeats. */
  readonly sequence: Uint32Array;
  /** Ascending unique shingle hashes: the input of `minhashSignature`. */
  readonly shingles: Uint32Array;
  readonly titleWords: string[] | null;
  readonly publishedMs: number | null;
  private readonly text: string;
  private cachedWords: string[] | null = null;

  constructor(input: ComparableText, shingleSize = DEFAULT_SHINGLE_SIZE) {
    this.text = input.text;
    this.wordHashes = hashWords(matchWords(input.text));
    this.sequence = shingleSequence(this.wordHashes, shingleSize);
    this.shingles = toShingleSet(this.sequence);
    this.titleWords = input.title ? matchWords(input.title) : null;
    const published = input.published ? Date.parse(input.published) : NaN;
    this.publishedMs = Number.isNaN(published) ? null : published;
  }

  get words(): string[] {
    this.cachedWords ??= matchWords(this.text);
    return this.cachedWords;
  }
}

export interface PairEvidence {
  shingles: { a: number; b: number; shared: number };
  /** Share of A's shingles found in B, and of B's in A. */
  containment: { aInB: number; bInA: number };
  /** Figures of the older side (A when undated) replaced in the other. */
  changedFigures: ChangedFigure[];
  /** Largest block of words one side has inside the shared text and the other has not (rule 4), and that side. */
  inserted: { words: number; side: 'a' | 'b' | null };
  /** Jaccard of the titles' word sets, when both have a title. */
  titleJaccard: number | null;
  /** The later side by published time, when both have one and they differ. */
  newer: 'a' | 'b' | null;
  /** The rule that decided, for tracing. */
  rule: string;
}

export interface PairClassification {
  relation: PairRelation;
  jaccard: number;
  /** The larger of the two containments: how much of the more contained text is in the other. */
  containment: number;
  evidence: PairEvidence;
}

/** Tokenises and shingles a text for `classifyPrepared`. */
export function prepareText(input: ComparableText, shingleSize = DEFAULT_SHINGLE_SIZE): PreparedText {
  return new PreparedText(input, shingleSize);
}

function sameWords(a: PreparedText, b: PreparedText): boolean {
  if (a.wordHashes.length === 0 || a.wordHashes.length !== b.wordHashes.length) return false;
  if (!a.wordHashes.every((hash, i) => hash === b.wordHashes[i])) return false;
  // Equal hashes: confirm on the words, so a hash collision cannot make an exact copy.
  const wordsB = b.words;
  return a.words.every((word, i) => word === wordsB[i]);
}

function titleJaccard(a: string[] | null, b: string[] | null): number | null {
  if (!a || !b) return null;
  const setA = new Set(a);
  const setB = new Set(b);
  const shared = [...setA].filter((word) => setB.has(word)).length;
  const union = setA.size + setB.size - shared;
  return union === 0 ? null : shared / union;
}

function newerSide(a: PreparedText, b: PreparedText): 'a' | 'b' | null {
  if (a.publishedMs === null || b.publishedMs === null || a.publishedMs === b.publishedMs) return null;
  return a.publishedMs > b.publishedMs ? 'a' : 'b';
}

function asSequence(text: PreparedText) {
  return { hashes: text.wordHashes, word: (i: number) => text.words[i] as string };
}

/** `classifyPair` on texts prepared with `prepareText` (same shingle size on both sides). */
export function classifyPrepared(a: PreparedText, b: PreparedText): PairClassification {
  const newer = newerSide(a, b);
  const { shared, jaccard, aInB, bInA } = compareShingleSets(a.shingles, b.shingles);
  const contained = Math.max(aInB, bInA);
  const evidence: PairEvidence = {
    shingles: { a: a.shingles.length, b: b.shingles.length, shared },
    containment: { aInB, bInA },
    changedFigures: [],
    inserted: { words: 0, side: null },
    titleJaccard: titleJaccard(a.titleWords, b.titleWords),
    newer,
    rule: '',
  };
  const result = (relation: PairRelation, rule: string): PairClassification => ({ relation, jaccard, containment: contained, evidence: { ...evidence, rule } });

  if (sameWords(a, b)) return result('exact', 'same normalised text');
  if (jaccard < NEAR_JACCARD && contained < NEAR_CONTAINMENT) return result('different', 'too little shared text');
  const [older, later] = newer === 'a' ? [b, a] : [a, b];
  evidence.changedFigures = changedFiguresBetween(asSequence(older), asSequence(later));
  evidence.inserted = largestInsertedBlock(a.sequence, a.shingles, b.sequence, b.shingles);
  if (evidence.changedFigures.length > 0) return result('update', 'figures changed in shared text');
  if (evidence.inserted.words >= MIN_INSERTED_WORDS) {
    if (newer !== null && evidence.inserted.side !== newer) return result('reprint', 'the later text cut a passage');
    return result('update', 'paragraph inserted inside shared text');
  }
  return result('reprint', 'differences only around shared text');
}

/**
 * Classifies the relation between two article bodies (see the module comment for the rules).
 * @example classifyPair({ text: wireBody }, { text: reprintBody }).relation // 'reprint'
 */
export function classifyPair(a: ComparableText, b: ComparableText): PairClassification {
  return classifyPrepared(prepareText(a), prepareText(b));
}
