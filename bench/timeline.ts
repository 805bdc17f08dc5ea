/**
 * Seed timeline score: ingests the five seed articles and checks the thread's
 * timeline against the events of ../shared/seeds/gold.json. A gold event is
 * found when one timeline event has its date (within the gold tolerance, 0 days
 * by default), names every gold actor among its parties (by any word of the
 * name, so "Rouhani" matches "Hassan Rouhani"; who the reports attribute it to
 * counts) and is reported by at least one
 * of the gold documents. Gold events without actors need the date and a
 * document. Also prints, for the Rouhani–Putin call, its sources and
 * languages, and how many timeline events are dated after the newest article
 * (an invented date).
 *
 *   node --import tsx bench/timeline.ts [path/to/shared]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../src/core/config.js';
import { ingestInputs } from '../src/services/ingest-service.js';
import { getTimeline, type TimelineEvent } from '../src/services/timeline-service.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import { readSeedGold, type GoldEvent } from './lib/seed-gold.js';
import { writeResult } from './lib/write-result.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DAY_MS = 86_400_000;

export interface TimelineScore {
  goldEvents: number;
  found: number;
  recall: number;
  timelineEvents: number;
  datedAfterNewestArticle: number;
  /** The Rouhani–Putin call: the timeline events that report it, with their sources and languages. */
  call: { events: number; sources: number; languages: string[] };
  misses: string[];
}

const words = (name: string): string[] => name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2);

function namesActor(event: TimelineEvent, actor: string): boolean {
  // Who announced it counts ("a ceasefire … announced by Lavrov" names Lavrov).
  const parties = [...event.actors, ...event.targets, ...event.attributedTo].map((p) => p.name.toLowerCase());
  return words(actor).some((word) => parties.some((party) => words(party).includes(word)));
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / DAY_MS;
}

function matches(event: TimelineEvent, gold: GoldEvent, fileOf: Map<string, string>): boolean {
  if (!event.date || event.date.length < 10 || daysApart(event.date, gold.date) > (gold.date_tolerance_days ?? 0)) return false;
  const reported = event.reports.some((report) => gold.documents.some((doc) => (fileOf.get(report.articleId) ?? '').startsWith(`${doc}_`)));
  return reported && (gold.actors ?? []).every((actor) => namesActor(event, actor));
}

export async function scoreSeedTimeline(sharedDir: string): Promise<TimelineScore> {
  const gold = readSeedGold(join(sharedDir, 'seeds'));
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-timeline-'));
  const store = openSqliteStore(dir);
  try {
    await ingestInputs(store, [join(sharedDir, 'seeds')], { config: { ...loadConfig({}), dataDir: dir } });
    const stories = await store.listStories({});
    const threadId = stories[0]?.threadId ?? '';
    const timeline = await getTimeline(store, threadId, { thread: new Set(stories.map((s) => s.threadId)).size === 1 });
    const members = await store.storyMembers(timeline.stories);
    const fileOf = new Map(members.map((m) => [m.documentId, m.source.split('/').pop() ?? '']));
    const newest = members.map((m) => m.published ?? '').sort().at(-1) ?? '';
    const misses = gold.events.filter((g) => !timeline.events.some((event) => matches(event, g, fileOf))).map((g) => `${g.date} ${g.what}`);
    const calls = timeline.events.filter((event) => event.type === 'consult' && namesActor(event, 'Rouhani') && namesActor(event, 'Putin'));
    return {
      goldEvents: gold.events.length,
      found: gold.events.length - misses.length,
      recall: (gold.events.length - misses.length) / gold.events.length,
      timelineEvents: timeline.events.length,
      datedAfterNewestArticle: timeline.events.filter((event) => event.date !== null && newest !== '' && event.date.slice(0, 10) > newest.slice(0, 10)).length,
      call: { events: calls.length, sources: Math.max(0, ...calls.map((c) => c.sources.length)), languages: [...new Set(calls.flatMap((c) => c.languages))].sort() },
      misses,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sharedDir = resolve(process.argv[2] ?? join(REPO, '../shared'));
  const score = await scoreSeedTimeline(sharedDir);
  console.log(`seed timeline: ${score.found}/${score.goldEvents} gold events found (recall ${score.recall.toFixed(3)}) among ${score.timelineEvents} timeline events`);
  console.log(`Rouhani–Putin call: ${score.call.events} timeline event(s), ${score.call.sources} sources, languages ${score.call.languages.join(', ')}`);
  console.log(`events dated after the newest article: ${score.datedAfterNewestArticle}`);
  for (const miss of score.misses) console.log(`  missed: ${miss}`);
  writeResult('timeline', { ...score });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
