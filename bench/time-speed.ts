/**
 * Speed of time-expression finding: `findTimeExpressions` on 1,000 articles of about 3 KB, one core.
 * The articles are built from the bundled example corpus's plain-text reports (examples/corpus): each
 * report continued with paragraphs of the other reports in its language up to 3 KB, read in its own
 * language against a publication date. The first call, which builds
 * the date and time lexicons, is timed apart. Goal: under 1 s for 1,000, so events fit in 3 s in all.
 *
 *   node --import tsx bench/time-speed.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { findTimeExpressions } from '../src/pipeline/time/index.js';
import { writeResult } from './lib/write-result.js';

const ARTICLES = 1000;
const CORPUS = new URL('../examples/corpus/', import.meta.url);
const PUBLISHED = '2024-03-13';

const sources = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/u.test(entry.name))
  .flatMap((folder) =>
    readdirSync(new URL(`${folder.name}/`, CORPUS))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ language: folder.name, text: readFileSync(new URL(`${folder.name}/${file}`, CORPUS), 'utf8') })),
  );
/** Articles of about 3 KB: a report followed by paragraphs of the next report in its language, cut at a paragraph. */
const ARTICLE_BYTES = 3072;
function articleAt(i: number): { language: string; text: string } {
  const first = sources[i % sources.length]!;
  const sameLanguage = sources.filter((source) => source.language === first.language);
  const paragraphs = sameLanguage.flatMap((_, k) => sameLanguage[(sameLanguage.indexOf(first) + k) % sameLanguage.length]!.text.split(/\n\s*\n/u));
  let text = '';
  for (let p = 0; Buffer.byteLength(text) < ARTICLE_BYTES; p += 1) text += `${paragraphs[p % paragraphs.length]}\n\n`;
  return { language: first.language, text };
}
const articles = Array.from({ length: ARTICLES }, (_, i) => articleAt(i));
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);

const coldStart = performance.now();
findTimeExpressions('Rouhani spoke on Tuesday, 6 October 2020.', 'en', '2020-10-07');
const firstCall = performance.now() - coldStart;

let expressions = 0;
let best = Infinity;
let bestCpu = Infinity;
for (let pass = 0; pass < 3; pass += 1) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  expressions = 0;
  for (const article of articles) expressions += findTimeExpressions(article.text, article.language, PUBLISHED).length;
  best = Math.min(best, performance.now() - started);
  // CPU time as well: on a shared machine the wall clock also counts time spent waiting for a core.
  const used = process.cpuUsage(cpu);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
}

console.log(
  `findTimeExpressions: ${(best / 1000).toFixed(3)} s wall, ${(bestCpu / 1000).toFixed(3)} s CPU for ${ARTICLES} articles (${(bytes / ARTICLES / 1024).toFixed(1)} KB each, ${sources.length} reports in ${new Set(sources.map((s) => s.language)).size} languages, ${expressions} expressions), best of 3; first call ${firstCall.toFixed(0)} ms (builds the lexicons)`,
);
writeResult('time-speed', { articles: ARTICLES, seconds: Number((best / 1000).toFixed(3)), cpuSeconds: Number((bestCpu / 1000).toFixed(3)), msPerArticle: Number((best / ARTICLES).toFixed(3)), averageBytes: Math.round(bytes / ARTICLES), expressions, firstCallMs: Math.round(firstCall) });
