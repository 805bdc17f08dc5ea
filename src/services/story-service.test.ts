import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { DEFAULT_WEIGHTS } from '../pipeline/stories/similarity.js';
import { openSqliteStore } from '../store/sqlite/sqlite-article-store.js';
import type { ArticleStore } from '../store/article-store.js';
import { ingestInputs } from './ingest-service.js';
import { reclusterStore } from './story-service.js';

const offline = { fetch: () => Promise.reject(new Error('offline test')) };

const RECORDS = [
  {
    url: 'https://wire.example/quake-1',
    title: 'Magnitude 6.1 earthquake hits Bingol province in eastern Turkey',
    text: 'A magnitude 6.1 earthquake struck Bingol province in eastern Turkey on Wednesday, killing 14 people, the disaster agency AFAD said.',
  },
  {
    url: 'https://daily.example/bingol',
    title: 'Bingol earthquake: rescuers search the rubble for survivors',
    text: 'Rescuers in Bingol searched collapsed buildings through the night after the magnitude 6.1 earthquake, AFAD said, as the toll stood at 14.',
  },
  {
    url: 'https://courier.example/turkey-quake',
    title: 'Earthquake in Bingol leaves 14 dead and hundreds homeless',
    text: 'Families in Bingol spent the night outdoors after the magnitude 6.1 earthquake destroyed their homes; AFAD sent tents to the province.',
  },
  {
    url: 'https://politics.example/budget',
    title: 'Bundestag passes the federal budget after a long debate',
    text: 'Chancellor Scholz defended the spending plan in the Bundestag in Berlin, where the coalition won the vote by a narrow margin.',
  },
].map((record) => ({ ...record, published: '2024-03-13T09:00:00Z', language: 'en' }));

async function storiesOf(store: ArticleStore): Promise<string[][]> {
  const stories = await store.listStories({});
  const members = await store.storyMembers(stories.map((story) => story.id));
  return stories.map((story) => members.filter((member) => member.storyId === story.id).map((member) => member.url ?? '').sort()).sort();
}

describe('story clustering with folding', () => {
  it('stores folded stories once: every member in an existing story, no story left empty, the same on every recluster', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsloom-stories-'));
    const file = join(root, 'articles.jsonl');
    writeFileSync(file, RECORDS.map((record) => JSON.stringify(record)).join('\n'));
    const config = loadConfig({ dataDir: join(root, 'data') });
    const store = openSqliteStore(config.dataDir);
    try {
      await ingestInputs(store, [file], { config, fetcher: offline });
      // A join threshold no article reaches: each starts its own story, and only folding can bring them together.
      const apart = { ...DEFAULT_WEIGHTS, threshold: 2 };
      const result = await reclusterStore(store, {}, apart);
      const quake = RECORDS.slice(0, 3).map((record) => record.url).sort();
      expect(await storiesOf(store)).toEqual([quake, ['https://politics.example/budget']].sort());
      expect(result.stories).toBe(2);
      const stories = await store.listStories({});
      expect(stories.map((story) => story.articles).sort()).toEqual([1, 3]);
      const members = await store.storyMembers(stories.map((story) => story.id));
      expect(members.filter((member) => member.evidence.reason === 'its story was merged into a similar one')).toHaveLength(2);

      await reclusterStore(store, {}, apart);
      expect((await store.listStories({})).map((story) => story.id)).toEqual(stories.map((story) => story.id));
    } finally {
      await store.close();
    }
  }, 60_000);
});
