import { describe, expect, it } from 'vitest';
import { lineJudge, trimEdges, type KeptLine } from './judge-lines.js';

const PROSE = 'The council met on Tuesday to discuss the budget, which sets aside money for schools, roads and the library, and will be voted on next month.';

describe('lineJudge', () => {
  const judge = lineJudge('Council approves budget');
  it('drops bare URLs, copyright lines and the repeated headline', () => {
    expect(judge('https://example.com/news/2023/council-budget.html')).toBe('url');
    expect(judge('© 2023 Example Media. All rights reserved.')).toBe('copyright');
    expect(judge('Council approves budget')).toBe('title');
    expect(judge(PROSE)).toBeNull();
  });
});

describe('trimEdges', () => {
  const kept = (...texts: string[]): KeptLine[] => texts.map((text) => ({ text, fate: 'article' }));

  it('drops dateline-only lines before the article starts, in any digits', () => {
    const lines = kept('۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰', 'Posted on 27 October 2015 by Admin', PROSE);
    trimEdges(lines);
    expect(lines.map((line) => line.fate)).toEqual(['byline or meta', 'byline or meta', 'article']);
  });

  it('drops contact lines after the article ends but keeps quoted tweets and dated sentences', () => {
    const lines = kept(PROSE, '— Jane Doe (@janedoe) November 18, 2019', 'Write to Al Root at al.root@example.com');
    trimEdges(lines);
    expect(lines.map((line) => line.fate)).toEqual(['article', 'article', 'author contact']);
    const dated = kept(PROSE, 'The final standings of the 2019 season after all 36 races:');
    trimEdges(dated);
    expect(dated.map((line) => line.fate)).toEqual(['article', 'article']);
  });

  it('drops a heading left at the very end once its section was dropped', () => {
    const lines: KeptLine[] = [{ text: PROSE, fate: 'article' }, { text: 'Most read', fate: 'article', heading: true }];
    trimEdges(lines);
    expect(lines.map((line) => line.fate)).toEqual(['article', 'dangling heading']);
  });
});
