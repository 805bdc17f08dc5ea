import { describe, expect, it } from 'vitest';
import { PhraseMatcher, phraseWords, removeOverlaps } from './phrase-matcher.js';
import { foldToken } from './article-view.js';
import { tokenizeWords } from './tokenize-words.js';

const folded = (text: string): string[] => tokenizeWords(text).map((token) => foldToken(token.text));
const spans = (matcher: PhraseMatcher<string>, text: string): string[] => {
  const tokens = folded(text);
  return matcher.matchAll(tokens).map((match) => `${tokens.slice(match.start, match.end).join(' ')}=${match.value}`);
};

describe('PhraseMatcher', () => {
  it('matches whole words only, the longest phrase first, case and diacritics folded', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'held talks', value: 'consult' },
      { phrase: 'held talks with', value: 'consult-with' },
      { phrase: 'met', value: 'meeting' },
    ]);
    expect(spans(matcher, 'Putin HELD TALKS with Erdogan; they met.')).toEqual(['held talks with=consult-with', 'met=meeting']);
    expect(spans(matcher, 'The metro held.')).toEqual([]);
  });

  it('matches a stem ending in * against every word it begins', () => {
    const matcher = new PhraseMatcher([{ phrase: 'обсудил*', value: 'consult' }]);
    expect(spans(matcher, 'Лидеры обсудили ситуацию, министр обсудил её.')).toEqual(['обсудили=consult', 'обсудил=consult']);
  });

  it('lets a gap hold up to eight words but never cross a sentence end', () => {
    const matcher = new PhraseMatcher([{ phrase: 'أجرى … اتصال* هاتفي*', value: 'phone-call' }]);
    expect(spans(matcher, 'أجرى الرئيس الأذربيجاني إلهام علييف، اليوم الخميس، اتصالاً هاتفياً')).toHaveLength(1);
    expect(spans(matcher, 'أجرى الرئيس زيارة. ثم جرى اتصالا هاتفيا')).toEqual([]);
    expect(spans(matcher, 'أجرى واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة عشرة اتصالا هاتفيا')).toEqual([]);
  });

  it('strips a glued prefix from the first word only', () => {
    const matcher = new PhraseMatcher([{ phrase: 'قال', value: 'said' }, { phrase: 'وقف إطلاق النار', value: 'ceasefire' }], ['و', 'ب', 'ل']);
    expect(spans(matcher, 'وقال لوقف إطلاق النار')).toEqual(['وقال=said', 'لوقف اطلاق النار=ceasefire']);
  });

  it('writes phrases as folded words, keeping * and …', () => {
    expect(phraseWords('Held  Talks*')).toEqual(['held', 'talks*']);
    expect(phraseWords('أجرى … اتصالاً')).toEqual(['اجري', '…', 'اتصالا']);
  });

  it('keeps the longer of two overlapping matches, the earlier on a tie', () => {
    const kept = removeOverlaps([
      { start: 0, end: 2, value: 'a' },
      { start: 1, end: 4, value: 'b' },
      { start: 4, end: 5, value: 'c' },
      { start: 4, end: 5, value: 'd' },
    ]);
    expect(kept.map((match) => match.value)).toEqual(['b', 'c']);
  });
});
