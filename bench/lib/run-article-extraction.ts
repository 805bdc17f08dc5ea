import type { BenchmarkPage } from './article-dataset.js';
import type { ExtractionSystem } from './article-systems.js';
import { bootstrapSpread, matchShingles, summarize, type ScoreSummary, type ShingleMatch } from './shingle-score.js';

export interface SystemResult {
  system: string;
  score: ScoreSummary;
  /** Bootstrap standard deviation of each metric. */
  spread: ScoreSummary;
  /** Extraction time of the fastest timed pass over all pages. */
  seconds: number;
  pagesPerSecond: number;
  perPage: Array<{ id: string; match: ShingleMatch }>;
}

/** Pages run untimed before timing each system, so neither is measured with a cold JIT. */
const WARM_UP_PAGES = 10;

/**
 * Runs each system on every page, timing only extraction (parsing included),
 * and scores it. With `rounds` > 1 the pages are run that many times and the
 * fastest pass counts, which steadies the speed on a shared machine.
 */
export function runArticleExtraction(pages: readonly BenchmarkPage[], systems: readonly ExtractionSystem[], rounds = 1): SystemResult[] {
  return systems.map((system) => {
    for (const page of pages.slice(0, WARM_UP_PAGES)) system.extract(page.html, page.url);
    let outputs: string[] = [];
    let fastest = Infinity;
    for (let round = 0; round < rounds; round++) {
      const pass: string[] = [];
      let elapsed = 0;
      for (const page of pages) {
        const start = performance.now();
        pass.push(system.extract(page.html, page.url));
        elapsed += performance.now() - start;
      }
      if (round === 0) outputs = pass;
      fastest = Math.min(fastest, elapsed);
    }
    const perPage = pages.map((page, i) => ({ id: page.id, match: matchShingles(page.articleBody, outputs[i] ?? '') }));
    const matches = perPage.map((p) => p.match);
    const seconds = fastest / 1000;
    return { system: system.name, score: summarize(matches), spread: bootstrapSpread(matches), seconds, pagesPerSecond: pages.length / seconds, perPage };
  });
}
