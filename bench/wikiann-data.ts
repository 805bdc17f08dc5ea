/**
 * WikiANN files (../shared/datasets/wikiann/<lang>/{dev,test}): one token per
 * line as "lang:token<TAB>IOB2-tag", a blank line between sentences.
 */
import { readFileSync } from 'node:fs';

export type IobTag = 'B-PER' | 'I-PER' | 'B-ORG' | 'I-ORG' | 'B-LOC' | 'I-LOC' | 'O';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** Reads a WikiANN file; the "lang:" prefix is removed (the token itself may contain ':'). */
export function readWikiann(file: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/u)) {
    const rows = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.split('\t'));
    if (rows.length === 0) continue;
    sentences.push({ tokens: rows.map((row) => (row[0] ?? '').replace(/^[a-z]{2,3}:/u, '')), tags: rows.map((row) => row[1]?.trim() ?? 'O') });
  }
  return sentences;
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Entity chunks of an IOB2 sequence with conlleval's rules: an I- tag whose
 * type differs from the open chunk (or with no open chunk) starts a new one.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const found: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 1);
    const type = tag.slice(2);
    const continues = prefix === 'I' && open !== null && open.type === type;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) found.push(open);
    open = prefix === 'B' || prefix === 'I' ? { type, start: i, end: i + 1 } : null;
  });
  if (open) found.push(open);
  return found;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, correct: 0 };
}

/** Adds one sentence's exact-match entity counts (same span, same type) to `counts`, overall and per type. */
export function countSentence(gold: readonly string[], predicted: readonly string[], counts: Map<string, Counts>): void {
  const goldChunks = chunks(gold);
  const predictedChunks = chunks(predicted);
  const key = (chunk: Chunk): string => `${chunk.type}:${chunk.start}:${chunk.end}`;
  const goldKeys = new Set(goldChunks.map(key));
  const bump = (type: string, field: keyof Counts): void => {
    for (const name of ['all', type]) {
      const entry = counts.get(name) ?? emptyCounts();
      entry[field] += 1;
      counts.set(name, entry);
    }
  };
  for (const chunk of goldChunks) bump(chunk.type, 'gold');
  for (const chunk of predictedChunks) {
    bump(chunk.type, 'predicted');
    if (goldKeys.has(key(chunk))) bump(chunk.type, 'correct');
  }
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function score(counts: Counts): Score {
  const precision = counts.predicted ? counts.correct / counts.predicted : 0;
  const recall = counts.gold ? counts.correct / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
