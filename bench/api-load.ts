/**
 * HTTP API load check: a store of 10,000 articles (the bundled example corpus
 * and variants of it, see lib/corpus-variants.ts, ingested through the full
 * pipeline), `newsloom serve` started on 127.0.0.1 in a child process, and 50
 * concurrent clients reading story pages — the story list (recent or
 * biggest, random page) and single stories — for 30 seconds. Prints
 * requests per second and latency percentiles, overall and per kind.
 *
 *   node --import tsx bench/api-load.ts                                  # 10,000 articles, 50 clients, 30 s
 *   node --import tsx bench/api-load.ts --seconds 5 --articles 2000      # a quicker run
 *   node --import tsx bench/api-load.ts --dir ./load-store               # keep the store (reused when run again)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/core/config.js';
import { bundledCorpusPath } from '../src/services/demo-service.js';
import { ingestInputs } from '../src/services/ingest-service.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import { loadSourceArticles, variantOf } from './lib/corpus-variants.js';
import { runLoad } from './lib/http-load.js';
import { writeResult } from './lib/write-result.js';

const { values } = parseArgs({ options: { articles: { type: 'string' }, seconds: { type: 'string' }, clients: { type: 'string' }, dir: { type: 'string' } } });
const wantedArticles = Number(values.articles ?? 10_000);
const seconds = Number(values.seconds ?? 30);
const clients = Number(values.clients ?? 50);
for (const [name, value, max] of [['--articles', wantedArticles, 1_000_000], ['--seconds', seconds, 600], ['--clients', clients, 500]] as const) {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} takes a whole number from 1 to ${max}`);
}
const dataDir = values.dir ?? mkdtempSync(join(tmpdir(), 'newsloom-bench-api-load-'));
/**
 * Variants of one article are published this many days apart, earlier and earlier: beyond the clusterer's
 * 30-day candidate window, so the variants of a story stay separate stories (their text differs only in names).
 */
const VARIANT_SPACING_DAYS = -45;
const RECORDS_PER_FILE = 500;
const offline = { fetch: () => Promise.reject(new Error('offline benchmark')) };

async function buildStore(): Promise<{ articles: number; stories: number; buildSeconds: number }> {
  const config = loadConfig({ dataDir, fetchLinkedPages: false });
  const store = openSqliteStore(dataDir);
  try {
    let articles = (await store.stats()).currentArticles;
    const started = performance.now();
    if (articles < wantedArticles) {
      if (articles === 0) await ingestInputs(store, [bundledCorpusPath()], { config, fetcher: offline });
      const sources = await loadSourceArticles(store);
      const stored = (await store.stats()).currentArticles;
      const folder = mkdtempSync(join(tmpdir(), 'newsloom-bench-variants-'));
      const needed = wantedArticles - stored;
      // Variants are numbered on from what a kept store already holds, so a rerun adds new ones.
      const firstVariant = Math.floor(stored / sources.length);
      let lines: string[] = [];
      let files = 0;
      const flush = (): void => {
        if (lines.length) writeFileSync(join(folder, `variants-${String(files++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
        lines = [];
      };
      for (let i = 0; i < needed; i += 1) {
        const source = sources[i % sources.length]!;
        lines.push(JSON.stringify(variantOf(source, firstVariant + Math.floor(i / sources.length), VARIANT_SPACING_DAYS)));
        if (lines.length === RECORDS_PER_FILE) flush();
      }
      flush();
      let done = 0;
      await ingestInputs(store, [folder], {
        config,
        fetcher: offline,
        observer: { onUnitDone: () => process.stderr.write(`\ringested ${Math.min(needed, (done += RECORDS_PER_FILE))} of ${needed} variants`) },
      });
      process.stderr.write('\n');
      rmSync(folder, { recursive: true, force: true });
      articles = (await store.stats()).currentArticles;
    }
    return { articles, stories: await store.countStories({}), buildSeconds: Math.round((performance.now() - started) / 100) / 10 };
  } finally {
    await store.close();
  }
}

/** Starts `newsloom serve` from the sources on a free loopback port; resolves with its URL and a stop function. */
function startServe(): Promise<{ url: string; stop: () => Promise<void> }> {
  const entry = fileURLToPath(new URL('../test/support/cli-entry.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry, '--data', dataDir, 'serve', '--host', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, NEWSLOOM_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^Open (http:\/\/127\.0\.0\.1:\d+\/)$/mu.exec(output)?.[1];
      if (url) {
        resolve({
          url,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`newsloom serve exited with ${code} before listening`)));
  });
}

const built = await buildStore();
console.log(`store: ${built.articles} articles in ${built.stories} stories (${dataDir}${built.buildSeconds > 0 ? `, built in ${built.buildSeconds} s` : ''})`);
const server = await startServe();
try {
  const list = (await (await fetch(`${server.url}api/stories?limit=200&sort=size`)).json()) as { total: number; stories: { id: string }[] };
  const recent = (await (await fetch(`${server.url}api/stories?limit=200`)).json()) as { stories: { id: string }[] };
  const storyIds = [...new Set([...list.stories, ...recent.stories].map((s) => s.id))];
  const pages = Math.max(1, Math.floor(list.total / 20));
  console.log(`load: ${clients} clients for ${seconds} s on ${server.url} (story list pages of 20, and ${storyIds.length} story ids)`);
  const result = await runLoad({
    baseUrl: server.url,
    clients,
    durationMs: seconds * 1000,
    nextRequest: (random) =>
      random() < 0.3
        ? { kind: 'list', path: `/api/stories?limit=20&offset=${20 * Math.floor(random() * Math.min(pages, 50))}&sort=${random() < 0.5 ? 'recent' : 'size'}` }
        : { kind: 'story', path: `/api/stories/${storyIds[Math.floor(random() * storyIds.length)]}` },
  });
  console.log(`requests: ${result.requests} in ${result.seconds} s, errors: ${result.errors}`);
  console.log(`throughput: ${result.requestsPerSecond} requests/s   latency p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
  for (const [kind, stats] of Object.entries(result.byKind)) console.log(`  ${kind.padEnd(6)} ${stats.requests} requests, p50 ${stats.p50Ms} ms, p95 ${stats.p95Ms} ms`);
  for (const error of result.sampleErrors) console.log(`  error: ${error}`);
  writeResult('api-load', { benchmark: 'api-load', articles: built.articles, stories: built.stories, clients, ...result });
} finally {
  await server.stop();
  if (!values.dir) rmSync(dataDir, { recursive: true, force: true });
}
