import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('folds tokens and keeps their spans in the original text', () => {
    const text = 'السبت ١٠ أكتوبر';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['السبت', '10', 'اكتوبر']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['السبت', '١٠', 'أكتوبر']);
  });

  it('splits numbers from letters and punctuation, and marks spaces and line breaks', () => {
    const tokens = tokenize('10th,\n2020');
    expect(tokens.map((t) => [t.kind, t.text, t.spaced, t.newline])).toEqual([
      ['num', '10', true, false],
      ['word', 'th', false, false],
      ['punct', ',', false, false],
      ['num', '2020', true, true],
    ]);
  });
});
