import type { BenchmarkPage } from './article-dataset.js';
import type { ExtractionSystem } from './article-systems.js';
import { bootstrapSpread, matchShingles, summarize, type ScoreSummary, type ShingleMatch } from './shingle-score.js';

export interface SystemResult {
  system: string;
  score: ScoreSummary;
  /** Bootstrap standard deviation of each metric. */
  spread: ScoreSummary;
  seconds: number;
  pagesPerSecond: number;
  perPage: Array<{ id: string; match: ShingleMatch }>;
}

/** Pages run untimed before timing each system, so neither is measured with a cold JIT. */
const WARM_UP_PAGES = 10;

/** Runs each system on every page, timing only extraction (parsing included), and scores it. */
export function runArticleExtraction(pages: readonly BenchmarkPage[], systems: readonly ExtractionSystem[]): SystemResult[] {
  return systems.map((system) => {
    for (const page of pages.slice(0, WARM_UP_PAGES)) system.extract(page.html, page.url);
    const outputs: string[] = [];
    let elapsed = 0;
    for (const page of pages) {
      const start = performance.now();
      outputs.push(system.extract(page.html, page.url));
      elapsed += performance.now() - start;
    }
    const perPage = pages.map((page, i) => ({ id: page.id, match: matchShingles(page.articleBody, outputs[i] ?? '') }));
    const matches = perPage.map((p) => p.match);
    const seconds = elapsed / 1000;
    return { system: system.name, score: summarize(matches), spread: bootstrapSpread(matches), seconds, pagesPerSecond: pages.length / seconds, perPage };
  });
}
