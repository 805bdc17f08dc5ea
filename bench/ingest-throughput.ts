/**
 * Ingestion throughput: generates N synthetic text articles (default 20,000) as
 * files, ingests the folder into a fresh embedded store through the same
 * service the CLI uses, and prints articles per second and peak memory.
 *
 *   npm run bench:ingest              # 20,000 articles
 *   npm run bench:ingest -- 2000      # a quicker run
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/core/config.js';
import { ingestInputs } from '../src/services/ingest-service.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import { seededRandom, syntheticArticle } from './lib/synthetic-corpus.js';
import { writeResult } from './lib/write-result.js';

const count = Number(process.argv[2] ?? 20_000);
const root = mkdtempSync(join(tmpdir(), 'newsloom-bench-ingest-'));
const corpus = join(root, 'corpus');
const random = seededRandom(42);
let bytes = 0;
for (let i = 0; i < count; i += 1) {
  const folder = join(corpus, String(Math.floor(i / 1000)).padStart(3, '0'));
  if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
  const { text } = syntheticArticle(i, random);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(folder, `article-${i}.txt`), text);
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const config = loadConfig({ dataDir: join(root, 'data') });
const store = openSqliteStore(config.dataDir);
const started = performance.now();
const summary = await ingestInputs(store, [corpus], { config, fetcher: { fetch: () => Promise.reject(new Error('offline benchmark')) } });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
await store.close();
rmSync(root, { recursive: true, force: true });

const result = {
  benchmark: 'ingest-throughput',
  articles: count,
  stored: summary.new,
  failed: summary.failed,
  averageBytes: Math.round(bytes / count),
  seconds: Number(seconds.toFixed(2)),
  articlesPerSecond: Math.round(count / seconds),
  peakRssMiB: Math.round(peakRss / 1024 / 1024),
};
console.log(`ingested ${result.stored}/${count} synthetic articles (${result.averageBytes} B each) in ${result.seconds} s`);
console.log(`throughput: ${result.articlesPerSecond} articles/s   peak memory (RSS): ${result.peakRssMiB} MiB`);
writeResult('ingest-throughput', result);
