/**
 * Language identification on short strings: 300 WikiANN sentences (≥ 4 words)
 * per language for en, de, fr, nl, pt from ../shared/datasets/wikiann, plus the
 * short news sentences in fixtures/language-id for ar, fa, ru, uk, tr, es, it,
 * hy, ur. No declared language is given: the text alone decides.
 *
 *   node --import tsx bench/language-id.ts [path/to/shared]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { identifyLanguage } from '../src/pipeline/language/identify-language.js';
import { writeResult } from './lib/write-result.js';

const WIKIANN_LANGUAGES = ['en', 'de', 'fr', 'nl', 'pt'];
const SENTENCES_PER_LANGUAGE = 300;
const MIN_WORDS = 4;
const FIXTURES = fileURLToPath(new URL('../fixtures/language-id/', import.meta.url));

export interface LabelledText {
  language: string;
  text: string;
  source: 'wikiann' | 'fixtures';
}

/**
 * The first `count` sentences of a WikiANN file with at least MIN_WORDS words
 * (or, with `plainWords`, MIN_WORDS words outside entity names), tokens joined by spaces.
 */
export function readWikiannSentences(file: string, count: number, plainWords = false): string[] {
  const sentences: string[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/u)) {
    // Lines are "lang:token<TAB>tag"; the token itself may contain ':'.
    const rows = block.split('\n').filter(Boolean).map((line) => line.split('\t'));
    const tokens = rows.map((row) => row[0]!.replace(/^[a-z]{2,3}:/u, ''));
    const words = tokens.filter((token, i) => /\p{L}/u.test(token) && (!plainWords || rows[i]![1] === 'O'));
    if (words.length < MIN_WORDS) continue;
    sentences.push(tokens.join(' '));
    if (sentences.length === count) break;
  }
  return sentences;
}

export function readFixtureTexts(): LabelledText[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => {
      const language = file.replace(/\.txt$/u, '');
      const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n').map((line) => line.trim());
      return lines.filter((line) => line && !line.startsWith('#')).map((text) => ({ language, text, source: 'fixtures' as const }));
    });
}

/** The benchmark texts; `plainWords` picks WikiANN sentences with ≥ 4 words outside entity names (fewer bare name lists). */
export function loadLanguageIdTexts(sharedDir: string, plainWords = false): LabelledText[] {
  const wikiann = WIKIANN_LANGUAGES.flatMap((language) =>
    readWikiannSentences(join(sharedDir, 'datasets/wikiann', language, 'test'), SENTENCES_PER_LANGUAGE, plainWords).map((text) => ({ language, text, source: 'wikiann' as const })),
  );
  return [...wikiann, ...readFixtureTexts()];
}

export interface LanguageIdResult {
  texts: number;
  accuracy: number;
  perLanguage: Record<string, { texts: number; accuracy: number }>;
  textsPerSecond: number;
  /** Up to 5 misses per language, to read when a number moves. */
  misses: { language: string; guessed: string | null; text: string }[];
}

export function scoreLanguageId(texts: readonly LabelledText[]): LanguageIdResult {
  const started = performance.now();
  const guesses = texts.map((item) => identifyLanguage(item.text, null).language);
  const seconds = (performance.now() - started) / 1000;
  const perLanguage: LanguageIdResult['perLanguage'] = {};
  const misses: LanguageIdResult['misses'] = [];
  let correct = 0;
  texts.forEach((item, i) => {
    const entry = (perLanguage[item.language] ??= { texts: 0, accuracy: 0 });
    entry.texts += 1;
    if (guesses[i] === item.language) {
      entry.accuracy += 1;
      correct += 1;
    } else if (misses.filter((miss) => miss.language === item.language).length < 5) {
      misses.push({ language: item.language, guessed: guesses[i] ?? null, text: item.text });
    }
  });
  for (const entry of Object.values(perLanguage)) entry.accuracy = round(entry.accuracy / entry.texts);
  return { texts: texts.length, accuracy: round(correct / texts.length), perLanguage, textsPerSecond: Math.round(texts.length / seconds), misses };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function main(): void {
  const sharedDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../shared', import.meta.url)));
  const texts = loadLanguageIdTexts(sharedDir);
  scoreLanguageId(texts.slice(0, 200)); // warm-up: eld and the letter tables load on first use
  const result = scoreLanguageId(texts);
  const plain = scoreLanguageId(loadLanguageIdTexts(sharedDir, true));
  for (const [language, entry] of Object.entries(result.perLanguage)) {
    const other = plain.perLanguage[language]?.accuracy.toFixed(4) ?? '-';
    console.log(`${language.padEnd(3)} ${entry.accuracy.toFixed(4)}  ${other}  (${entry.texts} texts)`);
  }
  console.log(`overall ${result.accuracy.toFixed(4)} on ${result.texts} texts, ${result.textsPerSecond} texts/s`);
  console.log(`overall ${plain.accuracy.toFixed(4)} with WikiANN sentences of ≥ ${MIN_WORDS} words outside entity names (second column)`);
  for (const miss of result.misses) console.log(`  miss ${miss.language} → ${miss.guessed}: ${miss.text.slice(0, 90)}`);
  writeResult('language-id', {
    ...result,
    plainWordSentences: { accuracy: plain.accuracy, perLanguage: plain.perLanguage },
    data: `wikiann test (en, de, fr, nl, pt; ${SENTENCES_PER_LANGUAGE} sentences of ≥ ${MIN_WORDS} words each) + fixtures/language-id`,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
