/**
 * Entity-level exact-match micro precision / recall / F1 (conlleval rules) of
 * `recognizeTokens` on WikiANN en, de, fr (../shared/datasets/wikiann, see its
 * README). Tune on `dev`; the numbers to report and pin are `test`.
 *
 *   node --import tsx bench/wikiann.ts [--split dev|test] [--limit N] [--languages en,de,fr] [path/to/shared]
 *
 * `--languages nl,pt` scores the languages nothing was tuned on, to check that a rule generalises.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { recognizeTokens } from '../src/pipeline/entities/recognize/index.js';
import { countSentence, readWikiann, score, type Counts, type Score } from './wikiann-data.js';
import { writeResult } from './lib/write-result.js';

export const WIKIANN_LANGUAGES = ['en', 'de', 'fr'] as const;

export interface LanguageScore extends Score {
  language: string;
  sentences: number;
  tokens: number;
  byType: Record<string, Score>;
  counts: Counts;
}

export interface WikiannResult {
  split: string;
  languages: LanguageScore[];
  averageF1: number;
  tokensPerSecond: number;
}

export function scoreWikiann(sharedDir: string, split = 'test', limit = Number.POSITIVE_INFINITY, languageCodes: readonly string[] = WIKIANN_LANGUAGES): WikiannResult {
  const languages: LanguageScore[] = [];
  let tokens = 0;
  let elapsed = 0;
  for (const language of languageCodes) {
    const sentences = readWikiann(join(sharedDir, 'datasets/wikiann', language, split)).slice(0, limit);
    const counts = new Map<string, Counts>();
    let languageTokens = 0;
    for (const sentence of sentences) {
      const started = performance.now();
      const predicted = recognizeTokens(sentence.tokens, language);
      elapsed += performance.now() - started;
      languageTokens += sentence.tokens.length;
      countSentence(sentence.tags, predicted, counts);
    }
    tokens += languageTokens;
    const all = counts.get('all') ?? { gold: 0, predicted: 0, correct: 0 };
    const byType = Object.fromEntries(['PER', 'ORG', 'LOC'].map((type) => [type, score(counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 })]));
    languages.push({ language, sentences: sentences.length, tokens: languageTokens, ...score(all), byType, counts: all });
  }
  const averageF1 = languages.reduce((sum, entry) => sum + entry.f1, 0) / languages.length;
  return { split, languages, averageF1, tokensPerSecond: Math.round(tokens / (elapsed / 1000)) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index >= 0 ? args.splice(index, 2)[1] : undefined;
  };
  const split = option('--split') ?? 'test';
  const limit = Number(option('--limit') ?? Number.POSITIVE_INFINITY);
  const listed = option('--languages')?.split(',').filter(Boolean);
  const languages = listed && listed.length > 0 ? listed : WIKIANN_LANGUAGES;
  const sharedDir = resolve(args[0] ?? fileURLToPath(new URL('../../shared', import.meta.url)));
  const result = scoreWikiann(sharedDir, split, limit, languages);
  console.log(`WikiANN ${split}: entity-level exact match (micro)`);
  console.log('lang  P      R      F1     | PER F1  ORG F1  LOC F1 | sentences');
  for (const entry of result.languages) {
    const types = ['PER', 'ORG', 'LOC'].map((type) => round(entry.byType[type]?.f1 ?? 0).toFixed(3).padStart(6)).join('  ');
    console.log(`${entry.language.padEnd(4)}  ${round(entry.precision).toFixed(3)}  ${round(entry.recall).toFixed(3)}  ${round(entry.f1).toFixed(3)}  | ${types} | ${entry.sentences}`);
  }
  console.log(`average F1 ${round(result.averageF1).toFixed(3)}; ${result.tokensPerSecond} tokens/s`);
  // Only the pinned en/de/fr set is recorded; other language sets are checks.
  if (split === 'test' && !Number.isFinite(limit) && !listed) {
    writeResult('wikiann', {
      split,
      averageF1: round(result.averageF1),
      tokensPerSecond: result.tokensPerSecond,
      languages: Object.fromEntries(result.languages.map((entry) => [entry.language, { precision: round(entry.precision), recall: round(entry.recall), f1: round(entry.f1), byType: Object.fromEntries(Object.entries(entry.byType).map(([type, s]) => [type, round(s.f1)])) }])),
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
