/**
 * Story clustering quality through the real product path (ingest → entities →
 * duplicates → stories, then `recluster`): B-cubed and pairwise P/R/F1 against
 *
 *   seeds    ../shared/seeds/gold.json (3 stories, 1 thread)
 *   corpus   examples/corpus/expected.json (multilingual, with reprints)
 *   ecbplus  ../shared/datasets/ecbplus: 982 English documents, 86 events
 *            (43 topics × 2 similar events); dev = topics 1–35, test = 36–45
 *
 *   node --import tsx bench/stories.ts [--weights '{"threshold":0.3}'] [path/to/shared]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../src/core/config.js';
import { ingestInputs } from '../src/services/ingest-service.js';
import { reclusterStore } from '../src/services/story-service.js';
import { DEFAULT_WEIGHTS, type ClusterWeights } from '../src/pipeline/stories/similarity.js';
import type { ArticleStore } from '../src/store/article-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import type { StoryMemberRow } from '../src/store/story-records.js';
import { readEcbDocuments } from './ecbplus-data.js';
import { bcubed, pairwise, type ClusterScore } from './lib/cluster-scores.js';
import { writeResult } from './lib/write-result.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

export interface DatasetScore {
  name: string;
  documents: number;
  goldClusters: number;
  predictedClusters: number;
  bcubed: ClusterScore;
  pairwise: ClusterScore;
  threads?: number;
}

/** A temporary store holding the dataset, ingested once; `score` re-clusters it with any weights. */
export interface LoadedDataset {
  name: string;
  store: ArticleStore;
  /** Gold cluster of each member, keyed the way `memberKey` keys members. */
  gold: Map<string, string>;
  memberKey(member: StoryMemberRow): string;
  close(): Promise<void>;
}

async function loadInto(name: string, inputs: string[], gold: Map<string, string>, memberKey: (m: StoryMemberRow) => string, cleanup: string[] = []): Promise<LoadedDataset> {
  const dir = mkdtempSync(join(tmpdir(), `newsloom-stories-${name}-`));
  const store = openSqliteStore(dir);
  const summary = await ingestInputs(store, inputs, { config: { ...loadConfig({}), dataDir: dir } });
  if (summary.failed > 0) throw new Error(`${name}: ${summary.failed} inputs failed: ${summary.failures.map((f) => `${f.subject}: ${f.reason}`).join('; ')}`);
  return {
    name,
    store,
    gold,
    memberKey,
    close: async () => {
      await store.close();
      for (const path of [dir, ...cleanup]) rmSync(path, { recursive: true, force: true });
    },
  };
}

export async function loadSeeds(sharedDir: string): Promise<LoadedDataset> {
  const folder = join(sharedDir, 'seeds');
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as { stories: { id: string; documents: string[] }[] };
  const map = new Map(gold.stories.flatMap((story) => story.documents.map((doc) => [doc, story.id] as [string, string])));
  return loadInto('seeds', [...map.keys()].map((doc) => join(folder, doc)), map, (m) => m.source.split('/').pop() ?? m.source);
}

export async function loadCorpus(): Promise<LoadedDataset> {
  const folder = join(REPO, 'examples/corpus');
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { documents: Record<string, { story: string | null }> };
  const gold = new Map(Object.entries(expected.documents).map(([key, doc]) => [key, doc.story ?? `alone:${key}`]));
  return loadInto('corpus', [folder], gold, (m) => {
    const path = relative(folder, m.source);
    return gold.has(path) ? path : `${path}#${m.url ?? ''}`;
  });
}

export async function loadEcbplus(sharedDir: string, topics?: (topic: number) => boolean): Promise<LoadedDataset> {
  const documents = readEcbDocuments(sharedDir).filter((doc) => !topics || topics(doc.topic));
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-ecbplus-'));
  const file = join(dir, 'ecbplus.jsonl');
  // A document keeps the source URL it opens with; one whose page another document already has (the corpus
  // annotates a few pages twice) gets a made-up URL, so it is not taken for a new capture of that page.
  const seen = new Set<string>();
  const urlOf = new Map<string, string>();
  for (const doc of documents) {
    const page = doc.url?.replace(/[?#].*$/u, '').replace(/\/$/u, '').toLowerCase();
    const url = doc.url && page && !seen.has(page) ? doc.url : `https://ecbplus.example/${doc.name}`;
    if (page) seen.add(page);
    urlOf.set(doc.name, url);
  }
  const nameOf = new Map([...urlOf].map(([name, url]) => [url, name]));
  writeFileSync(file, documents.map((doc) => JSON.stringify({ url: urlOf.get(doc.name), title: doc.title, text: doc.text, language: 'en' })).join('\n'));
  const gold = new Map(documents.map((doc) => [doc.name, doc.cluster]));
  return loadInto('ecbplus', [file], gold, (m) => nameOf.get(m.url ?? '') ?? '', [dir]);
}

/** Re-clusters a loaded dataset with `weights` and scores the stories (and counts the threads). */
export async function scoreDataset(data: LoadedDataset, weights: ClusterWeights = DEFAULT_WEIGHTS, restrict?: (key: string) => boolean): Promise<DatasetScore> {
  await reclusterStore(data.store, {}, weights);
  const stories = await data.store.listStories({});
  const members = await data.store.storyMembers(stories.map((story) => story.id));
  const predicted = new Map(members.map((member) => [data.memberKey(member), member.storyId]));
  const gold = new Map([...data.gold].filter(([key]) => !restrict || restrict(key)));
  const threads = new Set(stories.filter((story) => members.some((m) => m.storyId === story.id && gold.has(data.memberKey(m)))).map((story) => story.threadId));
  return {
    name: data.name,
    documents: gold.size,
    goldClusters: new Set(gold.values()).size,
    predictedClusters: new Set([...gold.keys()].map((key) => predicted.get(key) ?? key)).size,
    bcubed: bcubed(gold, predicted),
    pairwise: pairwise(gold, predicted),
    threads: threads.size,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
const show = (score: ClusterScore): string => `P ${round(score.precision).toFixed(3)} R ${round(score.recall).toFixed(3)} F1 ${round(score.f1).toFixed(3)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--weights');
  const overrides = at >= 0 ? (JSON.parse(args.splice(at, 2)[1] ?? '{}') as Partial<ClusterWeights>) : {};
  const weights = { ...DEFAULT_WEIGHTS, ...overrides };
  const sharedDir = resolve(args[0] ?? join(REPO, '../shared'));
  const results: DatasetScore[] = [];
  const started = performance.now();
  for (const load of [() => loadSeeds(sharedDir), () => loadCorpus(), () => loadEcbplus(sharedDir)]) {
    const data = await load();
    try {
      if (data.name === 'ecbplus') {
        const topicOf = (key: string): number => Number(key.split('_')[0]);
        results.push({ ...(await scoreDataset(data, weights)), name: 'ecbplus (all 43 topics)' });
        results.push({ ...(await scoreDataset(data, weights, (key) => topicOf(key) <= 35)), name: 'ecbplus dev (topics 1-35)' });
        results.push({ ...(await scoreDataset(data, weights, (key) => topicOf(key) > 35)), name: 'ecbplus test (topics 36-45)' });
      } else results.push(await scoreDataset(data, weights));
    } finally {
      await data.close();
    }
  }
  for (const r of results) {
    console.log(`${r.name.padEnd(28)} docs ${String(r.documents).padStart(4)}  gold ${String(r.goldClusters).padStart(3)}  predicted ${String(r.predictedClusters).padStart(3)}  threads ${String(r.threads).padStart(3)} | B3 ${show(r.bcubed)} | pairwise ${show(r.pairwise)}`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (at < 0) {
    writeResult('stories', {
      weights,
      datasets: Object.fromEntries(results.map((r) => [r.name, { documents: r.documents, goldClusters: r.goldClusters, predictedClusters: r.predictedClusters, threads: r.threads, bcubed: { p: round(r.bcubed.precision), r: round(r.bcubed.recall), f1: round(r.bcubed.f1) }, pairwise: { p: round(r.pairwise.precision), r: round(r.pairwise.recall), f1: round(r.pairwise.f1) } }])),
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
