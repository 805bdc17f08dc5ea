import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, STACK_TRACE } from '../support/run-cli.js';
import { SEEDS_DIR, sharedDataAvailable } from '../support/shared-data.js';

interface Party {
  id: string;
  name: string;
}
interface TimelineEvent {
  type: string;
  subtype: string | null;
  date: string | null;
  actors: Party[];
  targets: Party[];
  sources: string[];
  languages: string[];
  reports: { articleId: string; language: string | null }[];
}
interface Timeline {
  id: string;
  kind: string;
  stories: string[];
  events: TimelineEvent[];
}

function json<T>(args: string[], dataDir: string): T {
  const result = runCli([...args, '--json'], { dataDir });
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
}

const parties = (event: TimelineEvent): string => [...event.actors, ...event.targets].map((p) => p.name).join(' ');

describe.runIf(sharedDataAvailable('the seed timeline test'))('timelines of the seed stories', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-timeline-'));

  it('puts the Rouhani–Putin call on the story timeline once, with 3 sources in 2 languages, and dates it', () => {
    expect(runCli(['ingest', relative(REPO_ROOT, SEEDS_DIR)], { dataDir }).status).toBe(0);
    const { stories } = json<{ stories: { id: string; articles: number; threadId: string }[] }>(['stories'], dataDir);
    const story = stories.find((s) => s.articles === 3) as { id: string };
    const timeline = json<Timeline>(['timeline', story.id], dataDir);
    expect(timeline.kind).toBe('story');
    const calls = timeline.events.filter((e) => e.type === 'consult' && /Putin/u.test(parties(e)) && /Rouhani/u.test(parties(e)));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.date).toBe('2020-10-10');
    expect(calls[0]?.sources).toHaveLength(3);
    expect(calls[0]?.languages).toEqual(['ar', 'en']);
  });

  it('gives the thread one timeline: the Rouhani–Aliyev call on 6 October, apart from the Putin call', () => {
    const { stories } = json<{ stories: { threadId: string }[] }>(['stories'], dataDir);
    const timeline = json<Timeline>(['timeline', '--thread', stories[0]?.threadId ?? ''], dataDir);
    expect(timeline.kind).toBe('thread');
    expect(timeline.stories.length).toBeGreaterThanOrEqual(3);
    const aliyev = timeline.events.filter((e) => e.type === 'consult' && /Aliyev/u.test(parties(e)));
    expect(aliyev.map((e) => e.date)).toContain('2020-10-06');
    expect(aliyev.every((e) => !/Putin/u.test(parties(e)))).toBe(true);
    // Nothing is dated after the newest article (3 November 2020); dates before 2020 are history the texts state (1992, 1994).
    for (const event of timeline.events) if (event.date) expect(event.date <= '2020-11-04').toBe(true);
    for (const event of timeline.events) if (event.date?.startsWith('2020')) expect(event.date >= '2020-09-27').toBe(true);
  });

  it('lists events by actor name in another script, type and date range', () => {
    const byArabic = json<{ events: { type: string; date: string | null }[] }>(['events', '--actor', 'روحاني'], dataDir).events;
    expect(byArabic.length).toBeGreaterThan(0);
    const consults = json<{ events: { type: string; date: string | null }[] }>(['events', '--type', 'consult', '--since', '2020-10-06', '--until', '2020-10-10'], dataDir).events;
    expect(consults.length).toBeGreaterThan(0);
    for (const event of consults) {
      expect(event.type).toBe('consult');
      expect(event.date && event.date >= '2020-10-06' && event.date <= '2020-10-10').toBeTruthy();
    }
  });

  it('explains unknown ids and bad filters without a stack trace', () => {
    const missing = runCli(['timeline', 'nosuchstory'], { dataDir });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no story nosuchstory/u);
    expect(runCli(['timeline', '--thread', 'nosuchthread'], { dataDir }).stderr).toMatch(/no thread nosuchthread/u);
    expect(missing.stderr).not.toMatch(STACK_TRACE);
    const badDate = runCli(['events', '--since', 'last tuesday'], { dataDir });
    expect(badDate.status).not.toBe(0);
    expect(badDate.stderr).toMatch(/--since takes a date/u);
    const unknownActor = runCli(['events', '--actor', 'Nobody Atall'], { dataDir });
    expect(unknownActor.stderr).toMatch(/no entity called/u);
  });
});
