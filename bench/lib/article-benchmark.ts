import { resolve } from 'node:path';
import { loadArticleDataset } from './article-dataset.js';
import { newsloomSystem, readabilitySystem } from './article-systems.js';
import { runArticleExtraction, type SystemResult } from './run-article-extraction.js';

/** The Zyte article-extraction benchmark beside the checkout. */
export const ARTICLE_DATASET_DIR = resolve(new URL('../..', import.meta.url).pathname, '../shared/datasets/article-extraction');

/** Scores newsloom and Readability.js on every page of the benchmark, in the same run (speed: fastest of `rounds` passes). */
export function runArticleBenchmark(folder = ARTICLE_DATASET_DIR, rounds = 1): { pages: number; results: SystemResult[] } {
  const pages = loadArticleDataset(folder);
  return { pages: pages.length, results: runArticleExtraction(pages, [newsloomSystem, readabilitySystem], rounds) };
}
