import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, STACK_TRACE } from '../support/run-cli.js';
import { SEEDS_DIR, sharedDataAvailable } from '../support/shared-data.js';

interface Member {
  id: string;
  source: string;
  duplicateOf: string | null;
  relation: string | null;
}
interface Story {
  id: string;
  label: string | null;
  threadId: string;
  articles: number;
  originals: number;
  sources: string[];
  languages: Record<string, number>;
  members: Member[];
}

const listStories = (dataDir: string): Story[] => {
  const result = runCli(['stories', '--json', '--limit', '100'], { dataDir });
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { stories: Story[] }).stories;
};

/** Stories as sets of member file names, order-free, for comparing runs. */
const partition = (stories: Story[]): string[][] => stories.map((s) => s.members.map((m) => m.source.split('/').pop() ?? '').sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe.runIf(sharedDataAvailable('the seed stories test'))('stories of the seed articles', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-stories-'));
  const seeds = relative(REPO_ROOT, SEEDS_DIR);

  it('groups the five seeds into the three stories of gold.json, all in one thread', () => {
    expect(runCli(['ingest', seeds], { dataDir }).status).toBe(0);
    const stories = listStories(dataDir);
    expect(partition(stories)).toEqual(
      [['000_e609e8ebba02049f.txt', '001_a81d3d7f15119f6f.txt', '002_3d2ecb3445c2c1e9.txt'], ['003_1898813efe79e74c.txt'], ['004_33236b1ce251c9ca.txt']].sort((a, b) => (a.join() < b.join() ? -1 : 1)),
    );
    expect(new Set(stories.map((s) => s.threadId)).size).toBe(1);
    const call = stories.find((s) => s.articles === 3) as Story;
    expect(call.languages).toEqual({ en: 2, ar: 1 });
    expect(call.label).not.toBeNull();
    for (const member of call.members) expect(member.source.startsWith(seeds)).toBe(true);
  });

  it('changes nothing when the same input is ingested again, and recluster rebuilds the same stories', () => {
    const before = listStories(dataDir);
    expect(runCli(['ingest', seeds], { dataDir }).status).toBe(0);
    expect(listStories(dataDir)).toEqual(before);
    const rebuilt = runCli(['recluster', '--json'], { dataDir });
    expect(rebuilt.status).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toMatchObject({ articles: 5, stories: 3, threads: 1 });
    expect(partition(listStories(dataDir))).toEqual(partition(before));
    const again = runCli(['recluster', '--json'], { dataDir });
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(rebuilt.stdout));
  });

  it('shows one story by id prefix with its members, why each belongs, and its thread', () => {
    const call = listStories(dataDir).find((s) => s.articles === 3) as Story;
    const shown = runCli(['story', call.id.slice(0, 8)], { dataDir });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(call.id);
    expect(shown.stdout).toContain('Other stories in this thread:');
    expect(shown.stdout).toMatch(/score \d\.\d\d, entities/);
    const json = JSON.parse(runCli(['story', call.id, '--prefer', 'ar', '--json'], { dataDir }).stdout);
    expect(json.labelLanguage).toBe('ar');
    expect(json.thread).toHaveLength(2);
  });

  it('filters stories by language and by entity in another script', () => {
    const arabic = JSON.parse(runCli(['stories', '--language', 'ar', '--json'], { dataDir }).stdout);
    expect(arabic.total).toBe(1);
    const byEntity = JSON.parse(runCli(['stories', '--entity', 'روحاني', '--json'], { dataDir }).stdout);
    expect(byEntity.total).toBeGreaterThanOrEqual(2);
  });
});

describe('stories of copies and of articles without evidence', () => {
  it('keeps a burst of identical copies as one original with duplicates, not as extra sources', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-copies-'));
    const folder = mkdtempSync(join(tmpdir(), 'newsloom-copies-in-'));
    // The same wire text at four sites: identical bytes at different URLs are four documents.
    const text = readFileSync(join(REPO_ROOT, 'examples/corpus/en/astana-transit-corridor.txt'), 'utf8');
    const records = ['a', 'b', 'c', 'd'].map((site) => JSON.stringify({ url: `https://${site}.example/world/transit`, title: 'Russia, Kazakhstan sign transit deal', text, published: '2024-04-02' }));
    writeFileSync(join(folder, 'wire.jsonl'), `${records.join('\n')}\n`);
    expect(runCli(['ingest', folder], { dataDir }).status).toBe(0);
    const stories = listStories(dataDir);
    expect(stories).toHaveLength(1);
    const [story] = stories as [Story];
    expect(story.articles).toBe(4);
    expect(story.originals).toBe(1);
    expect(story.sources).toHaveLength(1);
    const copies = story.members.filter((m) => m.duplicateOf !== null);
    expect(copies).toHaveLength(3);
    for (const copy of copies) expect(copy.relation).toBe('exact');
  });

  it('gives a story to text with no names, no date and no language pack', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-bare-'));
    const folder = mkdtempSync(join(tmpdir(), 'newsloom-bare-in-'));
    writeFileSync(join(folder, 'numbers.txt'), '12 34 56 78 90\n\n11 22 33 44 55 66 77 88 99\n');
    writeFileSync(join(folder, 'finnish.txt'), 'tänään satoi paljon ja tuuli oli kova koko päivän ajan\n\nihmiset pysyivät sisällä ja joivat kahvia\n');
    const result = runCli(['ingest', folder, '--json'], { dataDir });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const stories = listStories(dataDir);
    expect(stories.reduce((n, s) => n + s.articles, 0)).toBe(JSON.parse(result.stdout).new);
  });

  it('reports an unknown story id plainly', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-nostory-'));
    const result = runCli(['story', 'sdeadbeef'], { dataDir });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no story with id "sdeadbeef"/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
