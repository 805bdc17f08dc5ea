/**
 * Scoring of the Zyte article-extraction benchmark, re-implemented from the
 * dataset README: \w+ tokens, 4-gram shingles with counts, per-document
 * true/false positives and negatives normalised to sum 1, precision and recall
 * averaged over documents, F1 of the two means, exact-match accuracy, and a
 * seeded bootstrap for their spread.
 */

import { seededRandom } from './synthetic-corpus.js';

/** Python's `\w` under re.UNICODE: letters, digits (all numeric categories) and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface ShingleMatch {
  /** Shares of the document's shingles; the three sum to 1 (or are all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  /** The predicted token sequence equals the true one. */
  exact: boolean;
}

export interface ScoreSummary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counts the 4-token shingles; a text shorter than 4 tokens is one shingle of all its tokens. */
function shingleCounts(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Compares one prediction with its ground truth. */
export function matchShingles(truth: string, prediction: string): ShingleMatch {
  const trueTokens = tokenize(truth);
  const predTokens = tokenize(prediction);
  const trueCounts = shingleCounts(trueTokens);
  const predCounts = shingleCounts(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, predicted] of predCounts) {
    const expected = trueCounts.get(shingle) ?? 0;
    tp += Math.min(expected, predicted);
    fp += Math.max(0, predicted - expected);
  }
  for (const [shingle, expected] of trueCounts) fn += Math.max(0, expected - (predCounts.get(shingle) ?? 0));
  const total = tp + fp + fn;
  const exact = trueTokens.length === predTokens.length && trueTokens.every((token, i) => token === predTokens[i]);
  // Normalised so that long articles weigh no more than short ones.
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total, exact } : { tp: 0, fp: 0, fn: 0, exact };
}

/** Precision and recall are means over the documents where they are defined. */
export function summarize(matches: readonly ShingleMatch[]): ScoreSummary {
  let precisionSum = 0;
  let precisionCount = 0;
  let recallSum = 0;
  let recallCount = 0;
  let exact = 0;
  for (const { tp, fp, fn, exact: same } of matches) {
    if (tp + fp > 0) {
      precisionSum += tp / (tp + fp);
      precisionCount++;
    }
    if (tp + fn > 0) {
      recallSum += tp / (tp + fn);
      recallCount++;
    }
    if (same) exact++;
  }
  const precision = precisionCount ? precisionSum / precisionCount : 0;
  const recall = recallCount ? recallSum / recallCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: matches.length ? exact / matches.length : 0 };
}


function standardDeviation(values: number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}

/** Standard deviation of each summary metric over `rounds` resamples (with replacement) of the documents. */
export function bootstrapSpread(matches: readonly ShingleMatch[], rounds = 1000, seed = 42): ScoreSummary {
  const random = seededRandom(seed);
  const samples: ScoreSummary[] = [];
  for (let round = 0; round < rounds; round++) {
    const sample = Array.from({ length: matches.length }, () => matches[Math.floor(random() * matches.length)] as ShingleMatch);
    samples.push(summarize(sample));
  }
  const spread = (key: keyof ScoreSummary): number => standardDeviation(samples.map((s) => s[key]));
  return { f1: spread('f1'), precision: spread('precision'), recall: spread('recall'), accuracy: spread('accuracy') };
}
