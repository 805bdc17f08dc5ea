import { Document, Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_REMOVED } from './collect-paragraphs.js';
import { extractHtml } from './extract-html.js';
import { parseHtml } from './parse-html.js';

const PROSE = [
  'The regional council approved the new budget on Tuesday after a debate that lasted most of the afternoon, with funds set aside for schools, roads and the central library.',
  'Officials said the plan would be reviewed again in the spring, once the figures for the winter months are known and the cost of repairs to the bridge has been agreed.',
  'Opposition members argued that the increase in parking charges would hurt small shops in the old town, and asked for a study of its effect before it takes effect.',
];
const article = (body: string): string =>
  `<html lang="en"><head><title>Council approves budget | Example Times</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves budget</h1>${body}</article><footer>© Example Times</footer></body></html>`;

function extract(html: string) {
  return extractHtml(parseHtml(html), { url: 'https://example.com/news/1' });
}

/** Runs `work`, logging how long it took and how much memory the process holds (measured, not asserted). */
function measured<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  return result;
}

describe('extractHtml', () => {
  it('keeps the body paragraphs in order and drops the page chrome', () => {
    const extracted = extract(article(PROSE.map((p) => `<p>${p}</p>`).join('')));
    expect(extracted.title).toBe('Council approves budget');
    expect(extracted.paragraphs).toEqual(PROSE);
    expect(extracted.declaredLanguage).toBe('en');
    expect(extracted.removed.map((r) => r.reason)).toContain('navigation');
  });

  it('reports every block to a trace callback with its fate', () => {
    const fates: string[] = [];
    extractHtml(parseHtml(article(PROSE.map((p) => `<p>${p}</p>`).join(''))), { trace: (decision) => fates.push(decision.fate) });
    expect(fates.filter((fate) => fate === 'article')).toHaveLength(3);
    expect(fates).toContain('navigation');
  });

  describe('bad input', () => {
    it('returns no paragraphs for an empty page', () => {
      for (const html of ['', '   ', '<html></html>', '<!DOCTYPE html><html><head></head><body></body></html>']) {
        const extracted = extract(html);
        expect(extracted.paragraphs).toEqual([]);
        expect(extracted.title).toBeNull();
      }
    });

    it('returns no paragraphs for a page of links (a home page)', () => {
      const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/news/${i}">Headline number ${i} about something that happened today</a></li>`).join('');
      expect(extract(`<html><body><nav><a href="/">Home</a></nav><ul>${items}</ul><footer>© Site</footer></body></html>`).paragraphs).toEqual([]);
    });

    it('returns no paragraphs for a login wall', () => {
      const html = '<html><body><div class="login-wall"><h1>Sign in to continue</h1><p>This article is for subscribers.</p><form><input name="email"><button>Sign in</button></form></div></body></html>';
      expect(extract(html).paragraphs).toEqual([]);
    });

    it('keeps text decoded with replacement characters from invalid UTF-8', () => {
      const broken = `${PROSE[0]?.slice(0, 60)}\uFFFD\uFFFD ${PROSE[0]?.slice(60)}`;
      const extracted = extract(article(`<p>${broken}</p><p>${PROSE[1]}</p><p>\uFFFD\uFFFD\uFFFD</p>`));
      expect(extracted.paragraphs[0]).toBe(broken);
      expect(extracted.paragraphs).toContain(PROSE[1]);
    });

    it('never lets scripts, styles or templates into the text', () => {
      const noise = '<script>var s = "<p>not text</p>"; document.write("tracking");</script><style>p { color: red } .x::after { content: "styled" }</style><noscript><p>Enable JavaScript</p></noscript><template><p>template text</p></template>';
      const body = PROSE.map((p) => `${noise}<p>${p.slice(0, 40)}${noise}${p.slice(40)}</p>`).join(noise);
      const extracted = extract(article(body) + noise);
      expect(extracted.paragraphs).toEqual(PROSE);
      expect(extracted.removed.some((r) => /tracking|styled|not text|Enable JavaScript|template text/.test(r.text))).toBe(false);
    });

    it('handles 100,000 levels of nesting from the parser without recursion', () => {
      const closed = `${'<div>'.repeat(100_000)}<p>${PROSE[0]}</p>${'</div>'.repeat(100_000)}`;
      expect(measured('100,000 nested divs', () => extract(closed)).paragraphs).toEqual([PROSE[0]]);
      const unclosed = `${'<span><div>'.repeat(100_000)}${PROSE[1]}`;
      expect(measured('200,000 unclosed elements', () => extract(unclosed)).paragraphs).toEqual([PROSE[1]]);
    });

    it('walks a 100,000-deep tree built without the parser iteratively', () => {
      const document = new Document([]);
      let parent: Document | Element = document;
      for (let depth = 0; depth < 100_000; depth++) {
        const element: Element = new Element(depth % 2 ? 'div' : 'section', {});
        element.parent = parent;
        parent.children.push(element);
        parent = element;
      }
      const text = new Text(PROSE[2] ?? '');
      text.parent = parent;
      parent.children.push(text);
      expect(measured('100,000-deep DOM', () => extractHtml(document)).paragraphs).toEqual([PROSE[2]]);
    });

    it('finishes a 50 MB page with bounded output', () => {
      const nav = '<ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Sport</a></li></ul>';
      const chunk = `<div class="section">${nav}<article>${PROSE.map((p) => `<p>${p}</p>`).join('').repeat(6)}</article><script>var x = "${'y'.repeat(200)}";</script></div>`;
      const html = `<html><head><title>Big</title></head><body>${chunk.repeat(Math.ceil(50e6 / chunk.length))}</body></html>`;
      expect(html.length).toBeGreaterThanOrEqual(50e6);
      const extracted = measured('50 MB page', () => extract(html));
      expect(extracted.paragraphs.length).toBeGreaterThan(0);
      expect(extracted.removed.length).toBeLessThanOrEqual(MAX_REMOVED);
    }, 60_000);
  });
});
