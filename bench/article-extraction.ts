/**
 * Article body extraction on the Zyte benchmark (181 real pages): newsloom's
 * extractor against Readability.js, scored the same way in the same run.
 *
 *   node --import tsx bench/article-extraction.ts
 */
import { runArticleBenchmark } from './lib/article-benchmark.js';
import { writeResult } from './lib/write-result.js';

/** Speed is the fastest of this many passes over the pages, for each system. */
const TIMING_ROUNDS = 3;

const { pages, results } = runArticleBenchmark(undefined, TIMING_ROUNDS);
const pad = (text: string, width: number): string => text.padEnd(width);
const num = (value: number, digits = 3): string => value.toFixed(digits);

console.log(`article extraction, ${pages} pages (F1 of mean shingle precision and recall; ± bootstrap std over 1000 resamples; speed: fastest of ${TIMING_ROUNDS} passes)`);
console.log(`${pad('system', 16)}${pad('F1', 16)}${pad('precision', 11)}${pad('recall', 11)}${pad('accuracy', 10)}pages/s`);
for (const r of results) {
  console.log(
    `${pad(r.system, 16)}${pad(`${num(r.score.f1)} ± ${num(r.spread.f1)}`, 16)}${pad(num(r.score.precision), 11)}${pad(num(r.score.recall), 11)}${pad(num(r.score.accuracy), 10)}${num(r.pagesPerSecond, 1)}`,
  );
}
const [ours, readability] = results;
if (ours && readability) console.log(`newsloom is ${num(ours.pagesPerSecond / readability.pagesPerSecond, 1)}× as fast as Readability.js (parsing included for both)`);

writeResult('article-extraction', {
  dataset: 'zyte article-extraction-benchmark (../shared/datasets/article-extraction)',
  pages,
  timingRounds: TIMING_ROUNDS,
  systems: results.map((r) => ({
    system: r.system,
    f1: round(r.score.f1),
    precision: round(r.score.precision),
    recall: round(r.score.recall),
    accuracy: round(r.score.accuracy),
    f1Std: round(r.spread.f1),
    pagesPerSecond: Math.round(r.pagesPerSecond * 10) / 10,
  })),
});

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
