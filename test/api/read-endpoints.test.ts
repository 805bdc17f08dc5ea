/**
 * The read endpoints over a store holding the seed articles and the bundled
 * example corpus: filters, pagination, search across scripts, and the same
 * objects the CLI prints with --json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/http/api-routes.js';
import { getStoryDetail } from '../../src/services/story-queries.js';
import { getTimeline } from '../../src/services/timeline-service.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { runCli } from '../support/run-cli.js';
import { sharedDataAvailable } from '../support/shared-data.js';
import { appFor, seededStore } from './support/api-fixture.js';

interface Story {
  id: string;
  label: string | null;
  articles: number;
  originals: number;
  firstSeen: string | null;
  lastSeen: string | null;
  languages: Record<string, number>;
  members?: { id: string; source: string; language: string | null }[];
}
interface Hit {
  id: string;
  language: string | null;
  published: string | null;
  snippet: string | null;
  marks: { start: number; end: number }[];
  matchedBy: string[];
}
interface Group {
  story: Story | null;
  matches: number;
  articles: Hit[];
}

const withSeeds = sharedDataAvailable('the API read tests on the seed articles');

describe('API reads over the seeds and the example corpus', () => {
  let store: ArticleStore;
  let dataDir: string;
  let app: ReturnType<typeof appFor>['app'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  const get = async (path: string): Promise<{ status: number; body: any }> => {
    const response = await app.request(path);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return { status: response.status, body: await response.json() };
  };
  const search = async (q: string, more = ''): Promise<{ words: string[]; entities: { name: string }[]; total: number; groups: Group[] }> => (await get(`/api/search?q=${encodeURIComponent(q)}${more}`)).body;
  const hits = (groups: Group[]): Hit[] => groups.flatMap((group) => group.articles);

  beforeAll(async () => {
    ({ store, dataDir } = await seededStore(withSeeds));
    ({ app } = appFor(store, dataDir));
  });

  it('lists stories with filters, sorting and a total, each as `stories --json` prints it', async () => {
    const all = (await get('/api/stories?limit=200')).body as { total: number; stories: Story[] };
    expect(all.total).toBe(all.stories.length);
    expect(all.total).toBeGreaterThan(5);
    const page = (await get('/api/stories?limit=2&offset=1')).body;
    expect(page).toMatchObject({ total: all.total, offset: 1, limit: 2 });
    expect(page.stories.map((s: Story) => s.id)).toEqual(all.stories.slice(1, 3).map((s) => s.id));

    const bySize = (await get('/api/stories?sort=size&limit=200')).body.stories as Story[];
    for (let i = 1; i < bySize.length; i += 1) expect(bySize[i]!.originals).toBeLessThanOrEqual(bySize[i - 1]!.originals);
    const arabic = (await get('/api/stories?language=ar&limit=200')).body.stories as Story[];
    expect(arabic.length).toBeGreaterThan(0);
    for (const story of arabic) expect(story.languages.ar).toBeGreaterThan(0);
    for (const story of (await get('/api/stories?min-articles=3')).body.stories as Story[]) expect(story.articles).toBeGreaterThanOrEqual(3);
    for (const story of (await get('/api/stories?since=2024-04&until=2024-04')).body.stories as Story[]) {
      expect(story.lastSeen! >= '2024-04').toBe(true);
      expect(story.firstSeen!.slice(0, 7) <= '2024-04').toBe(true);
    }

    const cli = runCli(['stories', '--json', '--limit', '200'], { dataDir });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ total: all.total, stories: all.stories });
  });

  it.runIf(withSeeds)('filters stories by an entity named in another script', async () => {
    const byArabicName = (await get(`/api/stories?entity=${encodeURIComponent('روحاني')}`)).body;
    const byLatinName = (await get('/api/stories?entity=Rouhani')).body;
    expect(byArabicName).toEqual(byLatinName);
    expect(byArabicName.total).toBeGreaterThanOrEqual(2);
    expect((await get('/api/stories?entity=Nobody%20Atall')).status).toBe(404);
  });

  it('shows one story as `story ID --json` prints it, by id or prefix', async () => {
    const [first] = (await get('/api/stories?sort=size&limit=1')).body.stories as Story[];
    const story = await get(`/api/stories/${first!.id}`);
    expect(story.status).toBe(200);
    expect(story.body.members.length).toBe(first!.articles);
    expect(Array.isArray(story.body.thread)).toBe(true);
    expect(story.body).toEqual(JSON.parse(JSON.stringify(await getStoryDetail(store, first!.id))));
    expect((await get(`/api/stories/${first!.id.slice(0, 10)}`)).body.id).toBe(first!.id);
    const cli = runCli(['story', first!.id, '--json'], { dataDir });
    expect(JSON.parse(cli.stdout)).toEqual(story.body);
  });

  it('gives the timeline of a story and of its thread, as the timeline service builds them', async () => {
    const [first] = (await get('/api/stories?sort=size&limit=1')).body.stories as (Story & { threadId: string })[];
    const timeline = await get(`/api/stories/${first!.id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body).toMatchObject({ id: first!.id, kind: 'story', stories: [first!.id], articles: first!.articles });
    expect(timeline.body).toEqual(JSON.parse(JSON.stringify(await getTimeline(store, first!.id))));
    const thread = await get(`/api/stories/${first!.threadId}/timeline?thread=true`);
    expect(thread.body).toMatchObject({ kind: 'thread' });
    expect(thread.body.stories).toContain(first!.id);
  });

  it.runIf(withSeeds)('lists events by actor in any script, type and date, as `events --json` prints them, and 404s an unknown actor', async () => {
    const all = await get('/api/events?limit=500');
    expect(all.status).toBe(200);
    expect(all.body.events.length).toBeGreaterThan(0);
    const consults = (await get('/api/events?type=consult&since=2020-10-06&until=2020-10-10')).body.events as { type: string; date: string | null }[];
    expect(consults.length).toBeGreaterThan(0);
    for (const event of consults) expect(event.type === 'consult' && event.date !== null && event.date >= '2020-10-06' && event.date <= '2020-10-10').toBe(true);
    const rouhani = (await get(`/api/events?actor=${encodeURIComponent('روحاني')}`)).body.events as { actors: { text: string }[]; targets: { text: string }[] }[];
    expect(rouhani.length).toBeGreaterThan(0);
    const cli = runCli(['events', '--actor', 'روحاني', '--json'], { dataDir });
    expect(JSON.parse(cli.stdout).events).toEqual(rouhani);
    expect((await get('/api/events?actor=Nobody%20Atall')).status).toBe(404);
  });

  it('lists articles with filters and shows one with its clean text, removed lines, entities and copies', async () => {
    const all = (await get('/api/articles?limit=200')).body;
    expect(all.total).toBe(all.articles.length);
    expect((await get('/api/stats')).body.currentArticles).toBe(all.total);
    const persian = (await get('/api/articles?language=fa')).body;
    expect(persian.articles.every((a: { language: string }) => a.language === 'fa')).toBe(true);
    const april = (await get('/api/articles?since=2024-04-01&until=2024-04-30&limit=200')).body.articles as { published: { value: string } }[];
    expect(april.length).toBeGreaterThan(0);
    for (const article of april) expect(article.published.value.slice(0, 10) >= '2024-04-01' && article.published.value.slice(0, 10) <= '2024-04-30').toBe(true);

    const find = async (fragment: string) => (await get(`/api/articles?source=${encodeURIComponent(fragment)}`)).body.articles[0] as { id: string };
    const wire = await find('bingol-quake-wire');
    const reprint = await find('bingol-quake-reprint');
    const wireDetail = (await get(`/api/articles/${wire.id}`)).body;
    const reprintDetail = (await get(`/api/articles/${reprint.id.slice(0, 8)}`)).body;
    expect(reprintDetail.id).toBe(reprint.id);
    // One is recorded as the copy of the other (the origin is the earlier published), and the origin lists it.
    const [copy, origin] = reprintDetail.duplicateOf === wire.id ? [reprintDetail, wireDetail] : [wireDetail, reprintDetail];
    expect(copy).toMatchObject({ duplicateOf: origin.id, relation: expect.stringMatching(/^(exact|reprint|update)$/) });
    expect(origin.duplicateOf).toBeNull();
    expect(origin.copies.map((c: { id: string }) => c.id)).toContain(copy.id);
    expect(wireDetail.story.id).toBe(reprintDetail.story.id);
    expect(wireDetail.paragraphs.length).toBeGreaterThan(2);
    expect(wireDetail.removed.length).toBeGreaterThan(0);
    for (const removed of wireDetail.removed) expect(removed.reason).toEqual(expect.any(String));
    expect(wireDetail.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['AFAD']));
    expect(wireDetail.entities.every((e: { mentions: number }) => e.mentions > 0)).toBe(true);

    const cli = runCli(['show', wire.id, '--json'], { dataDir });
    expect(wireDetail).toMatchObject(JSON.parse(cli.stdout));
  });

  it('lists and searches entities in any script, and shows one with aliases by script, mentions by day and stories', async () => {
    const putin = (await get(`/api/entities?search=${encodeURIComponent('بوتين')}`)).body.entities[0];
    if (withSeeds) expect(putin).toMatchObject({ type: 'person', name: 'Vladimir Putin' });
    const places = (await get('/api/entities?type=place&limit=3')).body;
    expect(places).toMatchObject({ offset: 0, limit: 3, hasMore: true });
    expect(places.entities.every((e: { type: string }) => e.type === 'place')).toBe(true);
    const next = (await get('/api/entities?type=place&limit=3&offset=3')).body.entities;
    expect(next.map((e: { id: string }) => e.id)).not.toContain(places.entities[0].id);

    const turkey = (await get('/api/entities/place:TR')).body;
    expect(turkey).toMatchObject({ id: 'place:TR', type: 'place' });
    const byName = (await get(`/api/entities/${encodeURIComponent('Türkiye')}`)).body;
    expect(byName.id).toBe('place:TR');
    expect(turkey.aliasGroups.length).toBeGreaterThan(1);
    const scripts = new Set(turkey.aliasGroups.map((g: { script: string }) => g.script));
    expect(scripts.has('Latn') && (scripts.has('Arab') || scripts.has('Cyrl'))).toBe(true);
    const byDay = turkey.mentionsByDay as { day: string; mentions: number }[];
    expect(byDay.map((d) => d.day)).toEqual([...byDay.map((d) => d.day)].sort());
    expect(byDay.reduce((sum, d) => sum + d.mentions, 0)).toBeLessThanOrEqual(turkey.mentions);
    expect(turkey.stories.length).toBeGreaterThan(0);
    expect(turkey.storiesTotal).toBeGreaterThanOrEqual(turkey.stories.length);
    for (const story of turkey.stories) expect(story.members).toBeUndefined();
    expect(turkey.coOccurring.every((c: { documents: number }) => c.documents > 0)).toBe(true);

    const cli = runCli(['entity', 'place:TR', '--json'], { dataDir });
    expect(turkey).toMatchObject(JSON.parse(cli.stdout));
  });

  it.runIf(withSeeds)('shows Rouhani with his Arabic alias, found by that alias', async () => {
    const rouhani = (await get(`/api/entities/${encodeURIComponent('روحاني')}`)).body;
    expect(rouhani.name).toBe('Hassan Rouhani');
    const arabic = rouhani.aliasGroups.find((g: { script: string }) => g.script === 'Arab');
    expect(arabic.aliases.map((a: { alias: string }) => a.alias)).toContain('روحاني');
    expect(rouhani.mentionsByDay.length).toBeGreaterThan(0);
  });

  it.runIf(withSeeds)('searches Arabic whatever the letter forms, and finds the English articles of the story through the entity', async () => {
    for (const query of ['روحاني', 'روحانی', 'رَوحاني']) {
      const result = await search(query);
      expect(result.words).toEqual(['روحاني']);
      expect(result.entities.map((e) => e.name)).toContain('Hassan Rouhani');
      const found = hits(result.groups);
      expect(found.some((hit) => hit.language === 'ar' && hit.matchedBy.includes('text'))).toBe(true);
      expect(found.some((hit) => hit.language === 'en' && hit.matchedBy.includes('entity'))).toBe(true);
      // The Arabic article and the English reports of the same call are one group.
      expect(result.groups.some((group) => group.story !== null && (group.story.languages.ar ?? 0) > 0 && (group.story.languages.en ?? 0) > 0)).toBe(true);
    }
    // The Arabic seed writes ايران without hamza.
    const iran = hits((await search('إيران')).groups);
    expect(iran.some((hit) => hit.language === 'ar' && hit.matchedBy.includes('text'))).toBe(true);
  });

  it('searches Persian, Russian and Latin text folded, with marked snippets', async () => {
    // The Persian article writes روسیه (Persian yeh); Arabic spelling with teh marbuta finds it.
    expect(hits((await search('روسية')).groups).some((hit) => hit.language === 'fa' && hit.matchedBy.includes('text'))).toBe(true);
    // ё is searched as е.
    const russian = hits((await search('провел')).groups).filter((hit) => hit.language === 'ru');
    expect(russian.length).toBeGreaterThan(0);
    const marked = russian.flatMap((hit) => hit.marks.map((mark) => hit.snippet!.slice(mark.start, mark.end).toLowerCase()));
    expect(marked).toContain('провёл');
    // Diacritics and case: "bingol" finds Bingöl.
    const bingol = await search('BINGOL');
    expect(bingol.total).toBeGreaterThan(3);
    expect(new Set(hits(bingol.groups).map((hit) => hit.language)).size).toBeGreaterThan(2);
  });

  it('filters search by language, date and entity, groups by story and pages through groups', async () => {
    const all = await search('earthquake');
    const grouped = all.groups.filter((group) => group.story);
    expect(new Set(grouped.map((group) => group.story!.id)).size).toBe(grouped.length);
    expect(all.groups.reduce((sum, group) => sum + group.matches, 0)).toBe(all.total);
    for (const hit of hits((await search('AFAD', '&language=tr')).groups)) expect(hit.language).toBe('tr');
    for (const hit of hits((await search('Aliyev', '&since=2024-03')).groups)) expect(hit.published! >= '2024-03').toBe(true);
    const withEntity = await search('Aliyev', '&entity=place:TR');
    const withoutEntity = await search('Aliyev');
    expect(withEntity.total).toBeGreaterThan(0);
    expect(withEntity.total).toBeLessThanOrEqual(withoutEntity.total);
    // Aliyev is in two calls five weeks apart, so the answer has several story groups however the quake reports cluster.
    const page = (await get(`/api/search?q=Aliyev&limit=1&offset=1`)).body;
    const full = await search('Aliyev');
    expect(page.groups).toHaveLength(1);
    expect(page.groups[0].story?.id).toBe(full.groups[1]?.story?.id);
  });

  it('lists outlets with counts that add up, each usable as an article filter', async () => {
    const { body } = await get('/api/sources?limit=1000');
    expect(body.total).toBe(body.sources.length);
    const stats = (await get('/api/stats')).body;
    expect(body.sources.reduce((sum: number, s: { articles: number }) => sum + s.articles, 0)).toBe(stats.currentArticles);
    for (const source of body.sources.slice(0, 5)) {
      expect(Object.values(source.languages as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(source.articles);
      expect((await get(`/api/articles?source=${encodeURIComponent(source.outlet)}`)).body.total).toBeGreaterThanOrEqual(source.articles);
    }
  });

  it('reports the store in numbers, without the data directory', async () => {
    const { body } = await get('/api/stats');
    expect(body.stories).toBe((await get('/api/stories')).body.total);
    expect(Object.values(body.byLanguage as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(body.currentArticles);
    expect(JSON.stringify(body)).not.toContain(dataDir);
  });

  it('serves an OpenAPI 3.1 document describing every route with the parameters it validates', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const route of API_ROUTES) {
      const path = `/api${route.path.replace(/:(\w+)/gu, '{$1}')}`;
      const operation = body.paths[path]?.[route.method];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      const documented = (operation.parameters as { name: string; in: string }[]).map((p) => `${p.in}:${p.name}`).sort();
      const shape = (schema: unknown, place: string) => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {}).map((name) => `${place}:${name}`);
      expect(documented).toEqual([...shape(route.params, 'path'), ...shape(route.query, 'query')].sort());
      expect(Boolean(operation.security)).toBe(Boolean(route.write));
    }
    const limit = body.paths['/api/stories'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit).toMatchObject({ in: 'query', required: false, schema: { type: 'string' } });
    expect(limit.description).toMatch(/1 to 200, default 30/);
    expect(body.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'q').required).toBe(true);
  });
});
