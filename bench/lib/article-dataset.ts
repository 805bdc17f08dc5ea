import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the Zyte article-extraction benchmark with its reference body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

interface GroundTruthEntry {
  articleBody?: string;
  url?: string;
}

/** Reads every page of ../shared/datasets/article-extraction (pages are gzip, UTF-8). */
export function loadArticleDataset(folder: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, GroundTruthEntry>;
  const decoder = new TextDecoder('utf-8');
  return readdirSync(join(folder, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html.gz'.length);
      const entry = truth[id] ?? {};
      const html = decoder.decode(gunzipSync(readFileSync(join(folder, 'html', name))));
      return { id, url: entry.url ?? '', html, articleBody: entry.articleBody ?? '' };
    });
}
