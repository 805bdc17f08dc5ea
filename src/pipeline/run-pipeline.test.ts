import { describe, expect, it } from 'vitest';
import { makeRawDocument } from '../test-support/make-raw-document.js';
import { runPipeline } from './run-pipeline.js';

const PAGE = `<!doctype html><html lang="en"><head>
<title>Rouhani, Putin discuss Karabakh truce | Example News</title>
<meta property="og:title" content="Rouhani, Putin discuss Karabakh truce">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-10-10T09:15:00+03:30">
<link rel="canonical" href="https://news.example/world/rouhani-putin">
<script>var tracking = "not text";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rouhani, Putin discuss Karabakh truce</h1>
<p>Iranian President Hassan Rouhani in a phone call with his Russian counterpart Vladimir Putin welcomed the ceasefire in Karabakh.</p>
<figure><img src="x.jpg"><figcaption>Rouhani during the call.</figcaption></figure>
<p>Putin informed President Rouhani of Russia's mediation efforts for de-escalating tensions.</p></article>
<footer>© Example News 2020</footer></body></html>`;

describe('runPipeline', () => {
  it('extracts title, paragraphs, metadata and language from an HTML page', () => {
    const { article, charset } = runPipeline(makeRawDocument(PAGE, { contentType: 'text/html' }));
    expect(charset).toBe('utf-8');
    expect(article.title).toBe('Rouhani, Putin discuss Karabakh truce');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join(' ')).not.toMatch(/tracking|color|Home|©/);
    expect(article.captions).toEqual(['Rouhani during the call.']);
    expect(article.url).toBe('https://news.example/world/rouhani-putin');
    expect(article.publisher).toBe('Example News');
    expect(article.published).toEqual({ value: '2020-10-10T09:15:00+03:30', precision: 'second', method: 'meta:article:published_time' });
    expect(article.language).toBe('en');
    expect(article.removed.length).toBeGreaterThan(0);
  });

  it('falls back to container metadata for plain text', () => {
    const { article } = runPipeline(
      makeRawDocument('В субботу президенты России и Ирана обсудили по телефону ситуацию в Нагорном Карабахе и ядерную сделку.', {
        hints: { title: 'Путин и Роухани', published: '2020-10-10', url: 'https://ru.example/1' },
      }),
    );
    expect(article).toMatchObject({ title: 'Путин и Роухани', language: 'ru', url: 'https://ru.example/1' });
    expect(article.published?.method).toBe('container:file');
  });

  it('is deterministic: the same input gives the same text hash', () => {
    const a = runPipeline(makeRawDocument(PAGE, { contentType: 'text/html' }));
    const b = runPipeline(makeRawDocument(PAGE, { contentType: 'text/html' }));
    expect(a.textHash).toBe(b.textHash);
  });
});
