/**
 * Exact-match precision / recall / F1 of the recogniser on hand-labelled Arabic news sentences
 * (bench/data/arabic-news-ner.txt, written for newsloom; see its header for the conventions). Arabic has no
 * capitals, so this is what cues, lists and gazetteers carry alone. Nationality adjectives and "other" names
 * (treaties, vaccines) are not scored, as in CoNLL-style sets.
 *
 * Two files: a development set the rules were tuned on (`--errors` lists its misses), and a held-out set
 * written after the rules and scored only, which estimates how they generalise.
 *
 *   node --import tsx bench/arabic-ner.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleText } from '../src/pipeline/entities/article-text.js';
import { recognizeEntities } from '../src/pipeline/entities/recognize/index.js';
import { writeResult } from './lib/write-result.js';
import { emptyCounts, score, type Counts, type Score } from './wikiann-data.js';

export const ARABIC_NER_FILE = fileURLToPath(new URL('./data/arabic-news-ner.txt', import.meta.url));
/** Sentences written after the rules and never tuned on: the estimate of how the rules generalise. */
export const ARABIC_NER_HELDOUT_FILE = fileURLToPath(new URL('./data/arabic-news-ner-heldout.txt', import.meta.url));

const TYPES = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

interface LabelledSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface LabelledSentence {
  readonly text: string;
  readonly names: readonly LabelledSpan[];
}

/** Sentences of the file with the markup taken out and each name's offsets in the plain text. */
export function readLabelledSentences(file: string): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      let text = '';
      const names: LabelledSpan[] = [];
      let rest = line;
      for (let match = /\[(PER|ORG|LOC) ([^\]]+)\]/u.exec(rest); match; match = /\[(PER|ORG|LOC) ([^\]]+)\]/u.exec(rest)) {
        text += rest.slice(0, match.index);
        names.push({ type: match[1]!, start: text.length, end: text.length + match[2]!.length });
        text += match[2];
        rest = rest.slice(match.index + match[0].length);
      }
      return { text: text + rest, names };
    });
}

export interface ArabicNerResult extends Score {
  sentences: number;
  counts: Counts;
  byType: Record<string, Score>;
  /** Labelled names not found exactly, and names found that no label has: "TYPE text". */
  missed: string[];
  spurious: string[];
}

export function scoreArabicNer(file = ARABIC_NER_FILE): ArabicNerResult {
  const sentences = readLabelledSentences(file);
  const counts = new Map<string, Counts>();
  const bump = (type: string, field: keyof Counts): void => {
    for (const name of ['all', type]) {
      const entry = counts.get(name) ?? emptyCounts();
      entry[field] += 1;
      counts.set(name, entry);
    }
  };
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const { text, names } of sentences) {
    const input = { title: null, paragraphs: [text], language: 'ar' };
    // Mentions index the article text (title and paragraphs joined); the sentence sits at this offset in it.
    const offset = articleText(input).indexOf(text);
    const found = recognizeEntities(input)
      .filter((mention) => mention.type !== 'other' && !mention.demonym)
      .map((mention) => ({ type: TYPES[mention.type as keyof typeof TYPES], start: mention.start - offset, end: mention.end - offset }));
    const key = (span: LabelledSpan): string => `${span.type}:${span.start}:${span.end}`;
    const gold = new Set(names.map(key));
    const predicted = new Set(found.map(key));
    for (const name of names) {
      bump(name.type, 'gold');
      if (!predicted.has(key(name))) missed.push(`${name.type} ${text.slice(name.start, name.end)}`);
    }
    for (const span of found) {
      bump(span.type, 'predicted');
      if (gold.has(key(span))) bump(span.type, 'correct');
      else spurious.push(`${span.type} ${text.slice(span.start, span.end)}`);
    }
  }
  const all = counts.get('all') ?? emptyCounts();
  const byType = Object.fromEntries(Object.values(TYPES).map((type) => [type, score(counts.get(type) ?? emptyCounts())]));
  return { sentences: sentences.length, counts: all, ...score(all), byType, missed, spurious };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function summary(result: ArabicNerResult): Record<string, unknown> {
  return {
    sentences: result.sentences,
    names: result.counts.gold,
    precision: round(result.precision),
    recall: round(result.recall),
    f1: round(result.f1),
    byType: Object.fromEntries(Object.entries(result.byType).map(([type, entry]) => [type, round(entry.f1)])),
  };
}

function report(label: string, result: ArabicNerResult, errors: boolean): void {
  console.log(`${label} (${result.sentences} sentences, ${result.counts.gold} names): exact match`);
  console.log(`  P ${round(result.precision).toFixed(3)}  R ${round(result.recall).toFixed(3)}  F1 ${round(result.f1).toFixed(3)}  |  ${Object.entries(result.byType).map(([type, entry]) => `${type} ${round(entry.f1).toFixed(3)}`).join('  ')}`);
  if (!errors) return;
  console.log('  missed:');
  for (const line of result.missed) console.log(`    ${line}`);
  console.log('  spurious:');
  for (const line of result.spurious) console.log(`    ${line}`);
}

function main(): void {
  // Errors are listed for the development set only: reading the held-out set's errors would tune on it.
  const development = scoreArabicNer(ARABIC_NER_FILE);
  const heldOut = scoreArabicNer(ARABIC_NER_HELDOUT_FILE);
  report('development', development, process.argv.includes('--errors'));
  report('held out', heldOut, false);
  writeResult('arabic-ner', { development: summary(development), heldOut: summary(heldOut) });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
