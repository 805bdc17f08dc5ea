/**
 * Scores time-expression finding and resolution (src/pipeline/time/) on the hand-checked fixtures in
 * test/fixtures/time-expressions/. An expected expression is correct when a found expression has exactly
 * its span and its value (and its granularity and end value, when the fixture gives them). Span
 * precision: the share of found expressions whose span is an expected one. Per language and overall.
 *
 *   node --import tsx bench/time-expressions.ts [--errors]
 */
import { pathToFileURL } from 'node:url';
import { findTimeExpressions } from '../src/pipeline/time/index.js';
import type { TimeExpression } from '../src/pipeline/time/index.js';
import { loadTimeFixtures } from './lib/time-fixtures.js';
import type { ExpectedExpression, TimeFixtureSet } from './lib/time-fixtures.js';
import { writeResult } from './lib/write-result.js';

export interface LanguageScore {
  readonly language: string;
  readonly expected: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly found: number;
  readonly foundExpected: number;
  readonly spanPrecision: number;
  readonly errors: readonly string[];
}

function matches(found: TimeExpression, expected: ExpectedExpression): boolean {
  if (found.value !== expected.value) return false;
  if (expected.granularity !== undefined && found.granularity !== expected.granularity) return false;
  return expected.endValue === undefined || (found.endValue ?? null) === expected.endValue;
}

const describe = (found: TimeExpression | undefined): string => (found ? `${found.value} ${found.granularity}${found.endValue !== undefined ? `…${found.endValue}` : ''}` : 'not found');

export function scoreLanguage(set: TimeFixtureSet): LanguageScore {
  let expected = 0;
  let correct = 0;
  let found = 0;
  let foundExpected = 0;
  const errors: string[] = [];
  for (const item of set.items) {
    const expressions = findTimeExpressions(item.sentence, set.language, item.published);
    const spans = new Set(item.expect.map((e) => e.text));
    found += expressions.length;
    foundExpected += expressions.filter((expression) => spans.has(expression.text)).length;
    for (const want of item.expect) {
      expected += 1;
      const got = expressions.find((expression) => expression.text === want.text);
      if (got && matches(got, want)) correct += 1;
      else errors.push(`${JSON.stringify(want.text)} (${item.published}) want ${want.value} ${want.granularity ?? ''}${want.endValue !== undefined ? `…${want.endValue}` : ''}, got ${describe(got)}; found [${expressions.map((e) => e.text).join(' | ')}]`);
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : Number((a / b).toFixed(3)));
  return { language: set.language, expected, correct, accuracy: ratio(correct, expected), found, foundExpected, spanPrecision: ratio(foundExpected, found), errors };
}

export interface TimeScore {
  readonly languages: readonly LanguageScore[];
  readonly expected: number;
  readonly accuracy: number;
  readonly spanPrecision: number;
}

/** Scores every fixture language. */
export function scoreTimeExpressions(sets: readonly TimeFixtureSet[] = loadTimeFixtures()): TimeScore {
  const languages = sets.map(scoreLanguage);
  const sum = (key: 'expected' | 'correct' | 'found' | 'foundExpected'): number => languages.reduce((total, score) => total + score[key], 0);
  return {
    languages,
    expected: sum('expected'),
    accuracy: Number((sum('correct') / sum('expected')).toFixed(3)),
    spanPrecision: Number((sum('foundExpected') / Math.max(1, sum('found'))).toFixed(3)),
  };
}

function main(): void {
  const score = scoreTimeExpressions();
  for (const language of score.languages) {
    console.log(`${language.language}  accuracy ${language.accuracy.toFixed(3)} (${language.correct}/${language.expected})  span precision ${language.spanPrecision.toFixed(3)} (${language.foundExpected}/${language.found})`);
    if (process.argv.includes('--errors')) for (const error of language.errors) console.log(`    ${error}`);
  }
  console.log(`overall  accuracy ${score.accuracy.toFixed(3)} on ${score.expected} expressions in ${score.languages.length} languages  span precision ${score.spanPrecision.toFixed(3)}`);
  writeResult('time-expressions', {
    expressions: score.expected,
    accuracy: score.accuracy,
    spanPrecision: score.spanPrecision,
    languages: Object.fromEntries(score.languages.map((l) => [l.language, { expressions: l.expected, accuracy: l.accuracy, spanPrecision: l.spanPrecision }])),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
