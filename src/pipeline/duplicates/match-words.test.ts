import { describe, expect, it } from 'vitest';
import { isFigure, matchWords, normalizeForMatch } from './match-words.js';

describe('matchWords', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(matchWords('Quake  KILLS 14;\n“at least” — officials.')).toEqual(['quake', 'kills', '14', 'at', 'least', 'officials']);
  });

  it('keeps a number with its separators as one word, separators unified', () => {
    expect(matchWords('6,1 and 6.1 and 2,300 people, at 04:27')).toEqual(['6.1', 'and', '6.1', 'and', '2.300', 'people', 'at', '04', '27']);
  });

  it('folds compatibility forms, diacritics and Arabic-script letter variants (NFKC + foldForMatch)', () => {
    expect(matchWords('ＡＢＣ ﬁle Bingöl')).toEqual(['abc', 'file', 'bingol']);
    expect(matchWords('روحانی کرد')).toEqual(matchWords('روحاني كرد'));
    expect(matchWords('زلزال بقوة ٦٫١ درجة')).toEqual(['زلزال', 'بقوه', '6.1', 'درجه']);
  });

  it('keeps apostrophes inside words and splits hyphenated words', () => {
    expect(matchWords("the country's Bingöl'de night-time")).toEqual(['the', "country's", "bingol'de", 'night', 'time']);
  });

  it('makes each Han or Kana character a word and segments Thai with the dictionary', () => {
    expect(matchWords('東京都に行きました')).toEqual(['東', '京', '都', 'に', '行', 'き', 'ま', 'し', 'た']);
    expect(matchWords('ภาษาไทยง่าย').length).toBeGreaterThan(1);
  });

  it('gives exact copies the same normal form whatever their whitespace', () => {
    expect(normalizeForMatch('A  B')).not.toBe(normalizeForMatch('A B'));
    expect(matchWords('A  B\n\n C')).toEqual(matchWords('A B C'));
  });
});

describe('isFigure', () => {
  it('is true for numbers and ordinals, not for words that start with digits', () => {
    expect(['14', '6.1', '2.300', '19th'].map(isFigure)).toEqual([true, true, true, true]);
    expect(['4029tv', '2dayblog', 'g7', 'kills'].map(isFigure)).toEqual([false, false, false, false]);
  });
});
