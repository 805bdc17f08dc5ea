/**
 * Near-duplicate detection (src/pipeline/duplicates): 50,000 synthetic
 * articles from bench/lib/synthetic-corpus.ts plus 2,000 planted reprints
 * (body copied under another site's banner, headline, byline and footer, one
 * sentence appended) and 1,000 planted updates (same page, "UPDATE 1-"
 * headline, the dateline day and the story number changed, one paragraph
 * added). Prints signature throughput, LSH candidates per query, recall of the
 * planted pairs, precision of classifyPair on the candidates and memory; then
 * compares shingle sizes and band layouts, and, when ../shared/datasets/ecbplus
 * is there, checks the rules on real news (ECB+: articles about the same event).
 *
 *   node --import tsx bench/near-duplicates.ts [articles=50000] [path/to/shared]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  DEFAULT_BANDS,
  DEFAULT_ROWS,
  LshIndex,
  classifyPrepared,
  exactJaccard,
  matchWords,
  minhashSignature,
  prepareText,
  shinglesOfWords,
  type PairRelation,
  type PreparedText,
} from '../src/pipeline/duplicates/index.js';
import { seededRandom, syntheticArticle } from './lib/synthetic-corpus.js';
import { writeResult } from './lib/write-result.js';

const ARTICLES = Number(process.argv[2] ?? 50_000);
const REPRINTS = Math.round(ARTICLES * 0.04);
const UPDATES = Math.round(ARTICLES * 0.02);
const SHARED = resolve(process.argv[3] ?? fileURLToPath(new URL('../../shared/', import.meta.url)));
const ECB_ROOT = join(SHARED, 'datasets/ecbplus/ECB+_LREC2014/ECB+');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface BenchDoc {
  id: string;
  title: string;
  text: string;
  published: string;
}
interface PlantedPair {
  source: string;
  copy: string;
  kind: 'reprint' | 'update';
}

// ---------- corpus ----------

const SITES = ['Global Risk Monitor', 'Caspian Herald', 'Levant Ledger', 'Steppe Gazette', 'Harbour Times', 'Atlas Daily'];
const REPRINT_NOTES = [
  'This story was republished from Example Wire under a syndication agreement.',
  'Our correspondent in the region contributed additional reporting to this article.',
  "Editor's note: the claims in this report could not be independently verified.",
  'Follow our live coverage for the latest developments on this story.',
  'Readers can send tips and corrections to our newsroom at any time.',
];

/** Body paragraphs of a synthetic article: between the headline and "Read more:". */
function bodyOf(text: string): string[] {
  const lines = text.split('\n');
  return lines.slice(4, lines.indexOf('Read more:')).filter((line) => line.trim());
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function makeReprint(source: BenchDoc, headline: string, random: () => number): string {
  const site = pick(SITES, random);
  const lines = [`${site} | World`, headline, `By ${site} staff`, ...bodyOf(source.text), pick(REPRINT_NOTES, random), `© ${source.published.slice(0, 4)} ${site}. All rights reserved.`, 'Share this article'];
  return lines.join('\n\n');
}

function makeUpdate(source: BenchDoc, random: () => number): string {
  const body = bodyOf(source.text);
  // Two figures changed in place: the dateline's day and the story number.
  body[0] = (body[0] as string).replace(/, (\d\d) /u, (_, day: string) => `, ${String((Number(day) % 28) + 1).padStart(2, '0')} `).replace(/\(story (\d+)\)/u, (_, n: string) => `(story ${Number(n) + 7})`);
  const added = `Later in the day officials said ${2 + Math.floor(random() * 400)} people had been moved to temporary shelters and that ${2 + Math.floor(random() * 40)} teams were still at work.`;
  body.splice(2 + Math.floor(random() * (body.length - 2)), 0, added);
  return ['Example Wire - breaking news', `UPDATE 1-${source.title}`, ...body, 'Read more:\nJoin our mailing list'].join('\n\n');
}

function nextDay(date: string): string {
  return new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
}

function buildCorpus(): { docs: BenchDoc[]; planted: PlantedPair[] } {
  const random = seededRandom(20_240_313);
  const docs: BenchDoc[] = [];
  for (let i = 0; i < ARTICLES; i += 1) docs.push({ id: `a${i}`, ...syntheticArticle(i, random) });
  // Distinct sources for the planted copies (partial Fisher–Yates shuffle).
  const order = docs.map((_, i) => i);
  for (let i = 0; i < REPRINTS + UPDATES; i += 1) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const planted: PlantedPair[] = [];
  order.slice(0, REPRINTS + UPDATES).forEach((index, n) => {
    const source = docs[index] as BenchDoc;
    const kind = n < REPRINTS ? 'reprint' : 'update';
    const id = `${kind}${n}`;
    if (kind === 'reprint') {
      const headline = pick(docs, random).title;
      docs.push({ id, title: headline, text: makeReprint(source, headline, random), published: source.published });
    } else docs.push({ id, title: `UPDATE 1-${source.title}`, text: makeUpdate(source, random), published: nextDay(source.published) });
    planted.push({ source: source.id, copy: id, kind });
  });
  return { docs, planted };
}

// ---------- helpers ----------

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const mean = (values: readonly number[]): number => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);
const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

// ---------- main run: signatures, index, queries, classification ----------

function signAll(docs: readonly BenchDoc[]): { prepared: PreparedText[]; signatures: Uint32Array[]; seconds: { shingles: number; minhash: number } } {
  let started = performance.now();
  const prepared = docs.map((doc) => prepareText(doc));
  const shingleSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const signatures = prepared.map((text) => minhashSignature(text.shingles));
  return { prepared, signatures, seconds: { shingles: shingleSeconds, minhash: (performance.now() - started) / 1000 } };
}

function buildIndex(docs: readonly BenchDoc[], signatures: readonly Uint32Array[], bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): { index: LshIndex; seconds: number; heapBytes: number } {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = new LshIndex({ bands, rows });
  docs.forEach((doc, i) => index.add(doc.id, signatures[i] as Uint32Array));
  const seconds = (performance.now() - started) / 1000;
  collectGarbage();
  return { index, seconds, heapBytes: process.memoryUsage().heapUsed - before };
}

interface QueryStats {
  candidates: Map<string, string[]>;
  sizes: number[];
  seconds: number;
}

function queryAll(index: LshIndex, docs: readonly BenchDoc[], signatures: readonly Uint32Array[], sample = docs.length): QueryStats {
  const candidates = new Map<string, string[]>();
  const sizes: number[] = [];
  const started = performance.now();
  for (let i = 0; i < sample; i += 1) {
    const id = (docs[i] as BenchDoc).id;
    const found = index.query(signatures[i] as Uint32Array).filter((other) => other !== id);
    candidates.set(id, found);
    sizes.push(found.length);
  }
  return { candidates, sizes, seconds: (performance.now() - started) / 1000 };
}

function plantedRecall(planted: readonly PlantedPair[], candidates: Map<string, string[]>): Record<'reprint' | 'update', number> {
  const found = { reprint: 0, update: 0 };
  for (const pair of planted) if (candidates.get(pair.copy)?.includes(pair.source)) found[pair.kind] += 1;
  const total = (kind: 'reprint' | 'update'): number => planted.filter((pair) => pair.kind === kind).length || 1;
  return { reprint: round(found.reprint / total('reprint'), 4), update: round(found.update / total('update'), 4) };
}

function classifyCandidates(docs: readonly BenchDoc[], prepared: readonly PreparedText[], planted: readonly PlantedPair[], candidates: Map<string, string[]>) {
  const position = new Map(docs.map((doc, i) => [doc.id, i]));
  const truth = new Map(planted.map((pair) => [pairKey(pair.source, pair.copy), pair.kind]));
  const confusion: Record<string, Record<PairRelation, number>> = {};
  const insertedWords: Record<string, number[]> = { reprint: [], update: [] };
  let falsePositiveJaccard = 0;
  let pairs = 0;
  const started = performance.now();
  for (const [id, found] of candidates) {
    const i = position.get(id) as number;
    for (const other of found) {
      const j = position.get(other) as number;
      // Each unordered pair once: from its first document, or from the second when the first's list was capped.
      if (j < i && candidates.get(other)?.includes(id)) continue;
      pairs += 1;
      const result = classifyPrepared(prepared[i] as PreparedText, prepared[j] as PreparedText);
      const expected = truth.get(pairKey(id, other)) ?? 'different';
      (confusion[expected] ??= { exact: 0, reprint: 0, update: 0, different: 0 })[result.relation] += 1;
      if (expected === 'different' && result.relation !== 'different') falsePositiveJaccard = Math.max(falsePositiveJaccard, result.jaccard);
      if (expected !== 'different') insertedWords[expected]?.push(result.evidence.inserted.words);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const count = (row: Record<PairRelation, number> | undefined, ...relations: PairRelation[]): number => relations.reduce((sum, relation) => sum + (row?.[relation] ?? 0), 0);
  const predicted = Object.values(confusion).reduce((sum, row) => sum + count(row, 'exact', 'reprint', 'update'), 0);
  const truePositive = count(confusion.reprint, 'exact', 'reprint', 'update') + count(confusion.update, 'exact', 'reprint', 'update');
  const plantedFound = count(confusion.reprint, 'exact', 'reprint', 'update', 'different') + count(confusion.update, 'exact', 'reprint', 'update', 'different');
  return {
    candidatePairs: pairs,
    pairsPerSecond: Math.round(pairs / seconds),
    /** Share of pairs called exact/reprint/update that are planted pairs. */
    precision: round(predicted ? truePositive / predicted : 0, 4),
    /** Share of planted pairs among the candidates that got their own relation. */
    relationAccuracy: round(plantedFound ? (count(confusion.reprint, 'reprint') + count(confusion.update, 'update')) / plantedFound : 0, 4),
    /** Planted pairs found by LSH and not called different, over all planted pairs. */
    endToEndRecall: round(truePositive / planted.length, 4),
    confusion,
    falsePositiveJaccardMax: round(falsePositiveJaccard),
    insertedWords: { reprintMax: Math.max(0, ...insertedWords.reprint!), updateMin: Math.min(...insertedWords.update!) },
  };
}

// ---------- design checks: shingle size and band layout ----------

function compareShingleSizes(docs: readonly BenchDoc[], planted: readonly PlantedPair[], ecb: EcbDoc[]) {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const random = seededRandom(7);
  const sample = planted.filter((_, i) => i % 4 === 0);
  const base = docs.slice(0, ARTICLES);
  const unrelated = Array.from({ length: 2000 }, () => [pick(base, random), pick(base, random)] as const);
  const words = new Map<string, string[]>();
  const wordsOf = (doc: BenchDoc): string[] => words.get(doc.id) ?? (words.set(doc.id, matchWords(doc.text)), words.get(doc.id) as string[]);
  const ecbWords = ecb.map((doc) => matchWords(doc.text));
  const rows: Record<string, Record<string, number>> = {};
  for (const size of [3, 4, 5, 6, 7]) {
    const jaccard = (a: string[], b: string[]): number => exactJaccard(shinglesOfWords(a, size), shinglesOfWords(b, size));
    const plantedJ = (kind: string): number[] => sample.filter((p) => p.kind === kind).map((p) => jaccard(wordsOf(byId.get(p.source) as BenchDoc), wordsOf(byId.get(p.copy) as BenchDoc)));
    const ecbSets = ecbWords.map((w) => shinglesOfWords(w, size));
    const otherEvent: number[] = [];
    ecb.forEach((a, i) => ecb.forEach((b, j) => j > i && a.topic === b.topic && a.event !== b.event && otherEvent.push(exactJaccard(ecbSets[i] as Uint32Array, ecbSets[j] as Uint32Array))));
    const reprints = plantedJ('reprint');
    const updates = plantedJ('update');
    rows[`k=${size}`] = {
      reprintJaccardMin: round(Math.min(...reprints)),
      updateJaccardMean: round(mean(updates)),
      updateJaccardMin: round(Math.min(...updates)),
      syntheticUnrelatedP99: round(quantile(unrelated.map(([a, b]) => jaccard(wordsOf(a), wordsOf(b))), 0.99)),
      ecbOtherEventP99: round(quantile(otherEvent, 0.99), 4),
      ecbOtherEventMax: round(otherEvent.length ? Math.max(...otherEvent) : 0, 4),
    };
  }
  return rows;
}

function compareBandLayouts(docs: readonly BenchDoc[], signatures: readonly Uint32Array[], planted: readonly PlantedPair[], ecb: EcbCheck | null) {
  const rows: Record<string, Record<string, number | null>> = {};
  for (const [bands, rowsPerBand] of [
    [32, 4],
    [25, 5],
    [21, 6],
    [16, 8],
  ] as const) {
    const { index } = buildIndex(docs, signatures, bands, rowsPerBand);
    const queried = queryAll(index, docs, signatures);
    const recall = plantedRecall(planted, queried.candidates);
    rows[`${bands}x${rowsPerBand}`] = {
      threshold: round((1 / bands) ** (1 / rowsPerBand)),
      meanCandidates: round(mean(queried.sizes), 2),
      p99Candidates: quantile(queried.sizes, 0.99),
      reprintRecall: recall.reprint,
      updateRecall: recall.update,
      ecbNearPairRecall: ecb ? ecbRecall(ecb, bands, rowsPerBand) : null,
    };
  }
  return rows;
}

// ---------- ECB+ (real news) ----------

interface EcbDoc {
  name: string;
  topic: string;
  /** Topic plus "ecb" or "ecbplus": the two events of a topic. */
  event: string;
  text: string;
}

function readEcb(): EcbDoc[] {
  if (!existsSync(ECB_ROOT)) return [];
  const entity = (s: string): string => s.replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
  const docs: EcbDoc[] = [];
  for (const topic of readdirSync(ECB_ROOT).sort()) {
    for (const file of readdirSync(join(ECB_ROOT, topic)).sort()) {
      if (!file.endsWith('.xml')) continue;
      const sentences = new Map<string, string[]>();
      for (const match of readFileSync(join(ECB_ROOT, topic, file), 'utf8').matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/gu)) {
        const sentence = match[1] as string;
        sentences.set(sentence, [...(sentences.get(sentence) ?? []), entity(match[2] as string)]);
      }
      docs.push({ name: file, topic, event: `${topic}${file.includes('ecbplus') ? '+' : ''}`, text: [...sentences.values()].map((s) => s.join(' ')).join('\n') });
    }
  }
  return docs;
}

interface EcbCheck {
  docs: EcbDoc[];
  signatures: Uint32Array[];
  /** Same-topic pairs that classifyPair calls exact, reprint or update. */
  nearPairs: [number, number][];
  sameEventPairs: Record<PairRelation, number>;
  otherEventPairs: Record<PairRelation, number>;
}

function checkEcb(ecb: EcbDoc[]): EcbCheck {
  const prepared = ecb.map((doc) => prepareText({ text: doc.text }));
  const signatures = prepared.map((p) => minhashSignature(p.shingles));
  const empty = (): Record<PairRelation, number> => ({ exact: 0, reprint: 0, update: 0, different: 0 });
  const check: EcbCheck = { docs: ecb, signatures, nearPairs: [], sameEventPairs: empty(), otherEventPairs: empty() };
  ecb.forEach((a, i) => {
    ecb.forEach((b, j) => {
      if (j <= i || a.topic !== b.topic) return;
      const { relation } = classifyPrepared(prepared[i] as PreparedText, prepared[j] as PreparedText);
      (a.event === b.event ? check.sameEventPairs : check.otherEventPairs)[relation] += 1;
      if (relation !== 'different') check.nearPairs.push([i, j]);
    });
  });
  return check;
}

/** Share of ECB+ near pairs that an index with this layout returns as candidates. */
function ecbRecall(check: EcbCheck, bands: number, rows: number): number {
  const index = new LshIndex({ bands, rows });
  check.docs.forEach((doc, i) => index.add(doc.name, check.signatures[i] as Uint32Array));
  const found = check.nearPairs.filter(([i, j]) => index.query(check.signatures[i] as Uint32Array).includes((check.docs[j] as EcbDoc).name)).length;
  return round(check.nearPairs.length ? found / check.nearPairs.length : 0, 4);
}

// ---------- run ----------

const { docs, planted } = buildCorpus();
const megabytes = docs.reduce((sum, doc) => sum + doc.text.length, 0) / 1e6;
console.log(`corpus: ${ARTICLES} articles + ${REPRINTS} reprints + ${UPDATES} updates (${megabytes.toFixed(1)} M characters)`);

const signed = signAll(docs);
const signSeconds = signed.seconds.shingles + signed.seconds.minhash;
const meanShingles = Math.round(mean(signed.prepared.map((p) => p.shingles.length)));
console.log(`signatures: ${Math.round(docs.length / signSeconds)} docs/s (words+shingles ${Math.round(docs.length / signed.seconds.shingles)}/s, minhash-128 ${Math.round(docs.length / signed.seconds.minhash)}/s); mean ${meanShingles} shingles/doc`);

const built = buildIndex(docs, signed.signatures);
console.log(`index: ${docs.length} docs in ${built.seconds.toFixed(2)} s, ${(built.heapBytes / 1024 / 1024).toFixed(1)} MiB heap (${Math.round(built.heapBytes / docs.length)} B/doc)`);
const serializedBytes = JSON.stringify(built.index.serialize()).length;

const queried = queryAll(built.index, docs, signed.signatures);
const recall = plantedRecall(planted, queried.candidates);
console.log(`queries: ${Math.round(docs.length / queried.seconds)}/s; candidates per query mean ${mean(queried.sizes).toFixed(2)}, p99 ${quantile(queried.sizes, 0.99)}, max ${Math.max(...queried.sizes)}`);
console.log(`LSH recall of planted pairs: reprints ${recall.reprint}, updates ${recall.update}`);

const classified = classifyCandidates(docs, signed.prepared, planted, queried.candidates);
console.log(`classifyPair on ${classified.candidatePairs} candidate pairs (${classified.pairsPerSecond}/s): precision ${classified.precision}, right relation ${classified.relationAccuracy}, end-to-end recall ${classified.endToEndRecall}`);
console.log(`  confusion (planted → predicted): ${JSON.stringify(classified.confusion)}; inserted words: planted reprints ≤ ${classified.insertedWords.reprintMax}, planted updates ≥ ${classified.insertedWords.updateMin}`);

const peakRssMiB = Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024);
console.log(`peak memory (RSS): ${peakRssMiB} MiB (corpus texts included); serialized index ${(serializedBytes / 1024 / 1024).toFixed(1)} MB of JSON`);

const ecb = readEcb();
const ecbCheck = ecb.length ? checkEcb(ecb) : null;
const ecbResult = ecbCheck && {
  documents: ecb.length,
  sameEventPairs: ecbCheck.sameEventPairs,
  otherEventPairs: ecbCheck.otherEventPairs,
  lshRecallOfNearPairs: ecbRecall(ecbCheck, DEFAULT_BANDS, DEFAULT_ROWS),
};
if (ecbResult) console.log(`ECB+ (${ecb.length} docs), classifyPair on same-topic pairs: same event ${JSON.stringify(ecbResult.sameEventPairs)}; other event ${JSON.stringify(ecbResult.otherEventPairs)}; LSH recall of the near pairs ${ecbResult.lshRecallOfNearPairs}`);
else console.log(`ECB+ not found under ${ECB_ROOT}; skipped`);
const shingleSizes = compareShingleSizes(docs, planted, ecb);
console.log('shingle size:');
console.table(shingleSizes);
const bandLayouts = compareBandLayouts(docs, signed.signatures, planted, ecbCheck);
console.log('band layout (bands x rows):');
console.table(bandLayouts);

writeResult('near-duplicates', {
  benchmark: 'near-duplicates',
  articles: ARTICLES,
  plantedReprints: REPRINTS,
  plantedUpdates: UPDATES,
  shingleSize: 5,
  permutations: 128,
  bands: DEFAULT_BANDS,
  rows: DEFAULT_ROWS,
  signaturesPerSecond: Math.round(docs.length / signSeconds),
  meanShinglesPerDoc: meanShingles,
  indexSeconds: round(built.seconds, 2),
  indexHeapMiB: round(built.heapBytes / 1024 / 1024, 1),
  serializedIndexMB: round(serializedBytes / 1e6, 1),
  queriesPerSecond: Math.round(docs.length / queried.seconds),
  candidatesMean: round(mean(queried.sizes), 2),
  candidatesP99: quantile(queried.sizes, 0.99),
  candidatesMax: Math.max(...queried.sizes),
  lshRecall: recall,
  classify: classified,
  peakRssMiB,
  shingleSizes,
  bandLayouts,
  ecb: ecbResult,
});
