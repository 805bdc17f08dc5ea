import { describe, expect, it } from 'vitest';
import { snippetFor } from './search-snippet.js';

const marked = (snippet: ReturnType<typeof snippetFor>): string[] => snippet?.marks.map((mark) => snippet.text.slice(mark.start, mark.end)) ?? [];

describe('snippetFor', () => {
  it('marks folded needles in the original text, at word starts only', () => {
    const snippet = snippetFor(['Президент провёл переговоры; Путина и «Путин» — не путинизм-спутник.'], ['провел', 'путин']);
    expect(marked(snippet)).toEqual(['провёл', 'Путин', 'Путин', 'путин']);
  });

  it('finds Arabic whatever the letter forms and harakat', () => {
    const snippet = snippetFor(['عنوان', 'قال الرئيس رَوحانی إن المحادثات مستمرة'], ['روحاني']);
    expect(snippet?.text).toBe('قال الرئيس رَوحانی إن المحادثات مستمرة');
    expect(marked(snippet)).toEqual(['رَوحانی']);
  });

  it('cuts a long paragraph around the first match at word boundaries, with ellipses', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[120] = 'Rouhani';
    const snippet = snippetFor([words.join(' ')], ['rouhani']);
    expect(snippet?.text.startsWith('…word')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet!.text.length).toBeLessThanOrEqual(222);
    expect(marked(snippet)).toEqual(['Rouhani']);
  });

  it('merges overlapping matches and falls back to the opening without a match', () => {
    expect(marked(snippetFor(['Hassan Rouhani spoke'], ['hassan rouhani', 'rouhani']))).toEqual(['Hassan Rouhani']);
    expect(snippetFor(['', 'Opening paragraph.'], ['absent'])).toEqual({ text: 'Opening paragraph.', marks: [] });
    expect(snippetFor([''], ['x'])).toBeNull();
  });
});
