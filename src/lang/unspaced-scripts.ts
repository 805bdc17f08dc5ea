/**
 * Scripts written without spaces between words. Chinese and Japanese
 * (Han, Hiragana, Katakana) and the Southeast Asian scripts (Thai, Lao, Khmer,
 * Myanmar) need their words found another way: by `Intl.Segmenter`, which
 * uses ICU's dictionaries, or one character at a time.
 */

/** A Han, Hiragana or Katakana character. */
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A Thai, Lao, Khmer or Myanmar character. */
export const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of text by ICU's dictionaries, with their offsets in the run; punctuation and spaces are left out.
 * @example wordSegments('伊朗与俄罗斯') // [{ segment: '伊朗', index: 0 }, { segment: '与', index: 2 }, { segment: '俄罗斯', index: 3 }]
 */
export function wordSegments(run: string): { segment: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: { segment: string; index: number }[] = [];
  for (const piece of segmenter.segment(run)) if (piece.isWordLike) words.push({ segment: piece.segment, index: piece.index });
  return words;
}
