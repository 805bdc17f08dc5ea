import { describe, expect, it } from 'vitest';
import { HAN_OR_KANA, SOUTHEAST_ASIAN, wordSegments } from './unspaced-scripts.js';

describe('scripts written without spaces', () => {
  it('tells Chinese and Japanese from the Southeast Asian scripts, and neither from Latin or Arabic', () => {
    expect(['伊', 'イ', 'の'].every((char) => HAN_OR_KANA.test(char))).toBe(true);
    expect(['ก', 'ລ', 'ក', 'က'].every((char) => SOUTHEAST_ASIAN.test(char))).toBe(true);
    expect(HAN_OR_KANA.test('Iran ایران') || SOUTHEAST_ASIAN.test('Iran ایران')).toBe(false);
  });

  it('finds the words of a run with their offsets, without punctuation', () => {
    expect(wordSegments('伊朗与俄罗斯。')).toEqual([
      { segment: '伊朗', index: 0 },
      { segment: '与', index: 2 },
      { segment: '俄罗斯', index: 3 },
    ]);
  });
});
