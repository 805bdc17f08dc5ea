import { describe, expect, it } from 'vitest';
import { markSegments } from './mark-segments.js';

describe('markSegments', () => {
  it('splits text around the matched spans', () => {
    expect(markSegments('الرئيسين روحاني وبوتين', [{ start: 9, end: 15 }])).toEqual([
      { text: 'الرئيسين ', marked: false },
      { text: 'روحاني', marked: true },
      { text: ' وبوتين', marked: false },
    ]);
  });

  it('clips spans past the end and drops overlapping or empty ones', () => {
    expect(markSegments('Rouhani and Putin', [{ start: 12, end: 99 }, { start: 0, end: 7 }, { start: 3, end: 9 }, { start: 5, end: 5 }])).toEqual([
      { text: 'Rouhani', marked: true },
      { text: ' and ', marked: false },
      { text: 'Putin', marked: true },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    expect(markSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
  });
});
