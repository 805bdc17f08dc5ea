/**
 * Events on the five seeds against ../shared/seeds/gold.json, and event-extraction speed.
 *
 * Quality: each seed goes through the real pipeline (extraction, entities, time expressions) and
 * `extractArticleEvents`. For every gold event and every document that reports it, the scorer looks for
 * one extracted event with the expected type whose parties (actors, targets, or the speaker it is told
 * by) include every gold actor the document names, and checks its date against the gold date (within the
 * gold tolerance). gold.json describes events in words, not types: EXPECTED_KINDS is our reading of each
 * description's main verb. Precision is a lower bound: the share of extracted events with a known date
 * whose type and date match a gold event of their document (the gold lists the story's main events, not
 * every event the texts tell, so the unmatched ones are printed for review).
 *
 * Speed: `extractArticleEvents` (and, apart, `findTimeExpressions`) on 1,000 articles of about 3 KB built
 * from the bundled example corpus (each report continued with paragraphs of the other reports in its
 * language), entity mentions found beforehand, one core.
 *
 *   node --import tsx bench/events.ts [path/to/shared]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityMention } from '../src/core/entity.js';
import type { ArticleEvent, EventKind, EventParticipant } from '../src/core/event.js';
import { foldForMatch } from '../src/lang/match-fold.js';
import { articleText } from '../src/pipeline/entities/article-text.js';
import { recognizeEntities } from '../src/pipeline/entities/recognize/index.js';
import { extractArticleEvents } from '../src/pipeline/events/index.js';
import { runPipelineBatch } from '../src/pipeline/run-pipeline.js';
import { findTimeExpressions } from '../src/pipeline/time/index.js';
import { readRawDocuments } from './lib/read-raw-documents.js';
import { readSeedGold, type GoldEntity, type GoldEvent } from './lib/seed-gold.js';
import { writeResult } from './lib/write-result.js';

const DAY_MS = 86_400_000;

/** Our reading of each gold description's main verb, as the kinds an extractor may give it. */
const EXPECTED_KINDS: readonly { pattern: RegExp; kinds: EventKind[] }[] = [
  { pattern: /fighting .*breaks out/iu, kinds: ['fight'] },
  { pattern: /speak by phone/iu, kinds: ['consult/phone-call'] },
  { pattern: /agree to a ceasefire/iu, kinds: ['agree/ceasefire'] },
  { pattern: /ceasefire violated/iu, kinds: ['fight'] },
  { pattern: /arrives in/iu, kinds: ['consult/visit'] },
  { pattern: /\bmeets\b/iu, kinds: ['consult/meeting'] },
  { pattern: /\bwarns\b/iu, kinds: ['threaten', 'statement'] },
  { pattern: /\bsays\b/iu, kinds: ['statement'] },
];

export interface GoldPairResult {
  event: string;
  document: string;
  /** An extracted event of the expected type naming every gold actor the document names. */
  found: boolean;
  /** …and dated within the gold tolerance. */
  dated: boolean;
  /** What the best candidate was, for the report. */
  detail: string;
}

export interface SeedEventScore {
  pairs: GoldPairResult[];
  recall: number;
  datedRecall: number;
  datedEvents: number;
  datedMatching: number;
  precisionLowerBound: number;
  unmatchedDated: string[];
}

const fold = (text: string): string => foldForMatch(text).replace(/[\s.]+/gu, ' ').trim();

/** A participant stands for a gold entity when its name, its text or its mention's text is an alias or an alias's tail ("Ayatollah Khamenei" → "Khamenei"). */
function standsFor(participant: EventParticipant | EntityMention, entity: GoldEntity): boolean {
  const forms = 'mention' in participant ? [participant.name, participant.span.text, participant.mention.text, participant.mention.name] : [participant.text, participant.name];
  const folded = new Set(forms.map(fold));
  return [entity.name, ...entity.aliases].some((alias) => {
    const words = fold(alias).split(' ');
    return words.some((_, i) => folded.has(words.slice(i).join(' ')));
  });
}

const kindOf = (event: ArticleEvent): string => (event.subtype ? `${event.type}/${event.subtype}` : event.type);
const hasKind = (event: ArticleEvent, kinds: readonly EventKind[]): boolean => kinds.some((kind) => kind === kindOf(event) || kind === event.type);

function withinTolerance(event: ArticleEvent, date: string, tolerance: number): boolean {
  const value = event.date.value;
  if (!value || value.length < 10) return false;
  const days = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;
  const end = event.date.endValue && event.date.endValue.length >= 10 ? event.date.endValue : value;
  return days(date) >= days(value) - tolerance && days(date) <= days(end) + tolerance;
}

interface SeedDocument {
  key: string;
  events: ArticleEvent[];
  mentions: EntityMention[];
}

async function extractSeeds(seedsDir: string): Promise<SeedDocument[]> {
  const raws = await readRawDocuments(seedsDir);
  const keys = [...raws.keys()].sort();
  // One batch, as ingestion reads them: a year-less dateline takes its year from the related articles.
  const results = runPipelineBatch(keys.map((key) => raws.get(key)!));
  return results.map(({ article }, i) => {
    const text = articleText(article);
    const mentions = recognizeEntities(article);
    const timeExpressions = findTimeExpressions(text, article.language, article.published?.value ?? null);
    return { key: keys[i]!.slice(0, 3), events: extractArticleEvents({ text, language: article.language, mentions, timeExpressions, published: article.published?.value ?? null }).events, mentions };
  });
}

/**
 * @example const score = await scoreSeedEvents('../shared/seeds'); score.recall // 0…1
 */
export async function scoreSeedEvents(seedsDir: string): Promise<SeedEventScore> {
  const gold = readSeedGold(seedsDir);
  const documents = await extractSeeds(seedsDir);
  const entityOf = (name: string): GoldEntity => gold.entities.find((entity) => entity.name === name) ?? { name, aliases: [name] };
  const pairs: GoldPairResult[] = [];
  for (const event of gold.events) {
    const kinds = EXPECTED_KINDS.find((entry) => entry.pattern.test(event.what))?.kinds;
    if (!kinds) throw new Error(`bench/events.ts has no expected type for gold event "${event.what}": add one to EXPECTED_KINDS`);
    for (const key of event.documents) {
      const document = documents.find((candidate) => candidate.key === key);
      if (!document) throw new Error(`gold event "${event.what}" names document ${key}, which is not among the seeds`);
      // Only the actors the document names can be asked of it (seed 000 never names Lavrov).
      const actors = (event.actors ?? []).map(entityOf).filter((entity) => document.mentions.some((mention) => standsFor(mention, entity)));
      const candidates = document.events.filter((candidate) => hasKind(candidate, kinds));
      const parties = (candidate: ArticleEvent): EventParticipant[] => [...candidate.actors, ...candidate.targets, ...(candidate.attributedTo ? [candidate.attributedTo] : [])];
      const complete = candidates.filter((candidate) => actors.every((actor) => parties(candidate).some((party) => standsFor(party, actor))));
      const datedMatch = complete.find((candidate) => withinTolerance(candidate, event.date, event.date_tolerance_days ?? 0));
      const dated = datedMatch !== undefined;
      const best = datedMatch ?? complete[0] ?? candidates[0];
      const detail = best ? `${kindOf(best)} "${best.trigger.text}" [${parties(best).map((party) => party.name).join(', ')}] ${best.date.value ?? 'undated'}` : `no ${kinds.join('|')} event`;
      pairs.push({ event: `${event.date} ${event.what}`, document: key, found: complete.length > 0, dated, detail });
    }
  }
  const goldDates = (key: string): GoldEvent[] => gold.events.filter((event) => event.documents.includes(key));
  let datedEvents = 0;
  let datedMatching = 0;
  const unmatchedDated: string[] = [];
  for (const document of documents) {
    for (const event of document.events) {
      if (!event.date.value) continue;
      datedEvents += 1;
      const matching = goldDates(document.key).some((goldEvent) => {
        const kinds = EXPECTED_KINDS.find((entry) => entry.pattern.test(goldEvent.what))?.kinds ?? [];
        return hasKind(event, kinds) && withinTolerance(event, goldEvent.date, goldEvent.date_tolerance_days ?? 0);
      });
      if (matching) datedMatching += 1;
      else unmatchedDated.push(`${document.key} ${kindOf(event)} "${event.trigger.text}" ${event.date.value} (${event.date.expression?.text ?? ''})`);
    }
  }
  const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);
  return {
    pairs,
    recall: share(pairs.filter((pair) => pair.found).length, pairs.length),
    datedRecall: share(pairs.filter((pair) => pair.dated).length, pairs.length),
    datedEvents,
    datedMatching,
    precisionLowerBound: share(datedMatching, datedEvents),
    unmatchedDated,
  };
}

const CORPUS = new URL('../examples/corpus/', import.meta.url);
/** Articles of about 3 KB, as bench/time-speed.ts builds them. */
const ARTICLE_BYTES = 3072;

function corpusArticles(count: number): { language: string; paragraphs: string[] }[] {
  const sources = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/u.test(entry.name))
    .flatMap((folder) =>
      readdirSync(new URL(`${folder.name}/`, CORPUS))
        .filter((file) => file.endsWith('.txt'))
        .map((file) => ({ language: folder.name, paragraphs: readFileSync(new URL(`${folder.name}/${file}`, CORPUS), 'utf8').split(/\n\s*\n/u).filter((p) => p.trim() !== '') })),
    );
  return Array.from({ length: count }, (_, i) => {
    const first = sources[i % sources.length]!;
    const sameLanguage = sources.filter((source) => source.language === first.language);
    const start = sameLanguage.indexOf(first);
    // Varied: each article continues with the language's other reports, starting one report further each round.
    const pool = sameLanguage.flatMap((_, k) => sameLanguage[(start + k + Math.floor(i / sources.length)) % sameLanguage.length]!.paragraphs);
    const paragraphs: string[] = [];
    for (let p = 0; Buffer.byteLength(paragraphs.join('\n\n')) < ARTICLE_BYTES; p += 1) paragraphs.push(pool[p % pool.length]!);
    return { language: first.language, paragraphs };
  });
}

export interface SpeedResult {
  articles: number;
  averageBytes: number;
  /** CPU time of this process (user + system): on a shared machine it is what one core spent, whatever else ran. */
  eventsCpuMs: number;
  timeCpuMs: number;
  /** Wall-clock time, for comparison. */
  eventsWallMs: number;
  timeWallMs: number;
  events: number;
  quotes: number;
}

/** Wall and CPU milliseconds of `run`. */
function timed(run: () => void): { wall: number; cpu: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: Math.round(performance.now() - wallStart), cpu: Math.round((cpu.user + cpu.system) / 1000) };
}

export function measureSpeed(count = 1000): SpeedResult {
  const articles = corpusArticles(count).map((article) => {
    const text = articleText({ title: null, paragraphs: article.paragraphs });
    return { ...article, text, mentions: recognizeEntities({ title: null, paragraphs: article.paragraphs, language: article.language }) };
  });
  const expressions = articles.map((article) => findTimeExpressions(article.text, article.language, '2024-03-13'));
  // Warm-up: builds every language's lexicon once, as a long-running process would have.
  for (const article of articles.slice(0, 30)) extractArticleEvents({ text: article.text, language: article.language, mentions: article.mentions, timeExpressions: [] });
  const time = timed(() => {
    for (const article of articles) findTimeExpressions(article.text, article.language, '2024-03-13');
  });
  let events = 0;
  let quotes = 0;
  const extraction = timed(() => {
    articles.forEach((article, i) => {
      const found = extractArticleEvents({ text: article.text, language: article.language, mentions: article.mentions, timeExpressions: expressions[i]! });
      events += found.events.length;
      quotes += found.quotes.length;
    });
  });
  const averageBytes = Math.round(articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / count);
  return { articles: count, averageBytes, eventsCpuMs: extraction.cpu, timeCpuMs: time.cpu, eventsWallMs: extraction.wall, timeWallMs: time.wall, events, quotes };
}

async function main(): Promise<void> {
  const shared = resolve(process.argv[2] ?? fileURLToPath(new URL('../../shared', import.meta.url)));
  const score = await scoreSeedEvents(join(shared, 'seeds'));
  for (const pair of score.pairs) console.log(`${pair.found ? (pair.dated ? 'ok   ' : 'nodate') : 'MISS '} ${pair.document} ${pair.event}\n        ${pair.detail}`);
  const found = score.pairs.filter((pair) => pair.found).length;
  const dated = score.pairs.filter((pair) => pair.dated).length;
  console.log(`\ngold event–document pairs: ${found}/${score.pairs.length} with type and actors (recall ${score.recall.toFixed(3)}), ${dated}/${score.pairs.length} also dated right (${score.datedRecall.toFixed(3)})`);
  console.log(`dated events matching a gold event of their document: ${score.datedMatching}/${score.datedEvents} (precision lower bound ${score.precisionLowerBound.toFixed(3)}); the others:`);
  for (const line of score.unmatchedDated) console.log(`  ${line}`);
  const speed = measureSpeed();
  console.log(
    `\nspeed, ${speed.articles} articles of ${(speed.averageBytes / 1024).toFixed(1)} KB, CPU time (wall): extractArticleEvents ${speed.eventsCpuMs} ms (${speed.eventsWallMs}), ` +
      `${speed.events} events, ${speed.quotes} quotes; findTimeExpressions ${speed.timeCpuMs} ms (${speed.timeWallMs}); together ${speed.eventsCpuMs + speed.timeCpuMs} ms`,
  );
  writeResult('events', { ...score, pairs: score.pairs.map((pair) => `${pair.found ? (pair.dated ? 'ok' : 'nodate') : 'miss'} ${pair.document} ${pair.event}`), speed });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
