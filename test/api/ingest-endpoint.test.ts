/** POST /api/ingest: uploads and URLs are ingested exactly as `newsloom ingest` ingests files and URLs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/services/upload-service.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { TOKEN, appFor, freshStore, offlineFetcher } from './support/api-fixture.js';

const corpus = (path: string): Uint8Array => readFileSync(join(REPO_ROOT, 'examples/corpus', path));
const auth = { authorization: `Bearer ${TOKEN}` };

interface Summary {
  ok: boolean;
  new: number;
  unchanged: number;
  failed: number;
  failures: { subject: string; code?: string; reason: string }[];
  ids: string[];
}

describe('POST /api/ingest', () => {
  let store: ArticleStore;
  let dataDir: string;
  beforeEach(() => {
    ({ store, dataDir } = freshStore());
  });
  afterEach(async () => store.close());

  const upload = async (app: ReturnType<typeof appFor>['app'], files: [string, Uint8Array | string][], urls: string[] = []): Promise<{ status: number; body: Summary }> => {
    const form = new FormData();
    for (const [name, bytes] of files) form.append('file', new File([bytes], name));
    for (const url of urls) form.append('url', url);
    const response = await app.request('/api/ingest', { method: 'POST', headers: auth, body: form });
    return { status: response.status, body: (await response.json()) as Summary };
  };

  it('stores uploaded files of several formats, readable at once through the read endpoints, and is idempotent', async () => {
    const { app } = appFor(store, dataDir);
    const files: [string, Uint8Array][] = [
      ['erdogan-aliyev-taziya.txt', corpus('ar/erdogan-aliyev-taziya.txt')],
      ['sudan-cholera-who.html', corpus('en/sudan-cholera-who.html')],
      ['kuzey-haber.rss', corpus('feeds/kuzey-haber.rss')],
    ];
    const first = await upload(app, files);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, failed: 0, unchanged: 0 });
    expect(first.body.new).toBeGreaterThanOrEqual(3);
    const listed = (await (await app.request('/api/articles?limit=200')).json()) as { total: number; articles: { id: string; source: string }[] };
    expect(listed.total).toBe(first.body.new);
    expect(listed.articles.map((a) => a.id).sort()).toEqual([...new Set(first.body.ids)].sort());
    const arabic = (await (await app.request('/api/articles?language=ar')).json()) as { articles: { source: string }[] };
    expect(arabic.articles[0]?.source).toMatch(/uploaded[\\/]erdogan-aliyev-taziya\.txt$/);
    expect(((await (await app.request('/api/stats')).json()) as { stories: number }).stories).toBeGreaterThan(0);

    const again = await upload(app, files);
    expect(again.body).toMatchObject({ ok: true, new: 0, unchanged: first.body.new });
  });

  it('reports each input it cannot ingest by the name the client gave, and stores the rest', async () => {
    const { app } = appFor(store, dataDir);
    const { status, body } = await upload(app, [
      ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])],
      ['empty.txt', ''],
      ['good.txt', corpus('en/lumora-earbuds-launch.txt')],
    ]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, new: 1, failed: 2 });
    expect(body.failures.map((f) => f.subject).sort()).toEqual(['empty.txt', 'photo.png']);
    for (const failure of body.failures) {
      expect(failure.reason.length).toBeGreaterThan(5);
      expect(failure.subject).not.toMatch(/newsloom-upload-/);
    }
  });

  it('fetches submitted URLs, given as form fields or as JSON', async () => {
    const page = '<html lang="en"><head><title>Port of Hamburg handles more containers</title></head><body><article><h1>Port of Hamburg handles more containers</h1><p>The Port of Hamburg handled 1.98 million containers in the first quarter, up 4.1 percent, the port authority said on Wednesday in Hamburg.</p><p>Officials said rail traffic grew fastest.</p></article></body></html>';
    const fetcher = offlineFetcher({ 'https://news.example/hamburg': page });
    const { app } = appFor(store, dataDir, {}, fetcher);
    const viaJson = await app.request('/api/ingest', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ urls: ['https://news.example/hamburg', 'https://news.example/missing'] }) });
    const body = (await viaJson.json()) as Summary;
    expect(body).toMatchObject({ new: 1, failed: 1 });
    expect(body.failures[0]).toMatchObject({ subject: 'https://news.example/missing', code: 'FETCH_FAILED' });
    const viaForm = await upload(app, [], ['https://news.example/hamburg']);
    expect(viaForm.body).toMatchObject({ ok: true, new: 0, unchanged: 1 });
    const article = (await (await app.request(`/api/articles/${body.ids[0]}`)).json()) as { url: string; outlet: string };
    expect(article).toMatchObject({ url: 'https://news.example/hamburg', outlet: 'news.example' });
  });

  it('runs ingestions one at a time', async () => {
    // Each ingestion saves its articles, then clusters them; interleaved, two would cluster against a view the other
    // is changing. Every store call here yields to other work first, as a networked store's would.
    const calls: string[] = [];
    const recording = new Proxy(store, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          await new Promise((resolve) => setImmediate(resolve));
          if (key === 'saveBatch' || key === 'saveStoryBatch') calls.push(String(key));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const { app } = appFor(recording, dataDir);
    const texts = ['en/lumora-earbuds-launch.txt', 'tr/tcmb-faiz-karari.txt', 'de/erdbeben-bingoel.txt'];
    const results = await Promise.all(texts.map((path) => upload(app, [[path.split('/')[1] ?? path, corpus(path)]])));
    for (const result of results) expect(result.body).toMatchObject({ ok: true, new: 1 });
    const stories = (await (await app.request('/api/stories?limit=200')).json()) as { stories: { articles: number }[] };
    expect(stories.stories.reduce((sum, s) => sum + s.articles, 0)).toBe(3);
    expect(calls).toEqual(['saveBatch', 'saveStoryBatch', 'saveBatch', 'saveStoryBatch', 'saveBatch', 'saveStoryBatch']);
  });
});

describe('upload file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\article.html', 'article.html'],
    ['.hidden.txt', 'hidden.txt'],
    ['a<b>|c?.txt', 'a_b__c_.txt'],
    ['روحاني.txt', 'روحاني.txt'],
    ['', 'upload'],
    ['..', 'upload'],
  ])('%s is stored as %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps the extension of a very long name', () => {
    const safe = safeFileName(`${'x'.repeat(500)}.html`);
    expect(safe.length).toBeLessThanOrEqual(120);
    expect(safe.endsWith('.html')).toBe(true);
  });
});
