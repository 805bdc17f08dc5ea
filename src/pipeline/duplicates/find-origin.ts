/**
 * Which earlier article a new one copies, if any: the candidates (LSH hits)
 * are classified against it, and among the copies the earliest published
 * (then the first clustered) is the origin — the wire text, not a reprint of it.
 */
import { classifyPrepared, type PairRelation, type PreparedText } from './classify-pair.js';

export interface OriginCandidate {
  id: string;
  text: PreparedText;
  /** Order in which candidates were clustered: the tie-break for equal or unknown times. */
  order: number;
}

export interface OriginMatch {
  originId: string;
  relation: Exclude<PairRelation, 'different'>;
  jaccard: number;
  rule: string;
}

export function findOrigin(text: PreparedText, candidates: OriginCandidate[]): OriginMatch | null {
  let best: (OriginMatch & { time: number; order: number }) | null = null;
  for (const candidate of candidates) {
    const pair = classifyPrepared(candidate.text, text);
    if (pair.relation === 'different') continue;
    const time = candidate.text.publishedMs ?? Number.POSITIVE_INFINITY;
    if (!best || time < best.time || (time === best.time && candidate.order < best.order)) {
      best = { originId: candidate.id, relation: pair.relation, jaccard: pair.jaccard, rule: pair.evidence.rule, time, order: candidate.order };
    }
  }
  return best ? { originId: best.originId, relation: best.relation, jaccard: best.jaccard, rule: best.rule } : null;
}
