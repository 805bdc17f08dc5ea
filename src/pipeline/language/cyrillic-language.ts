/**
 * Cyrillic languages told apart by the letters only some of them use, then by
 * function words (Russian and Bulgarian share every letter but ъ, ы, э).
 */
import type { LetterRuleGuess } from './word-evidence.js';
import { countLetters, foldedStopwords, foldedWords, stopwordHits } from './word-evidence.js';

const chars = (letters: string): ReadonlySet<string> => new Set(letters);

/** Checked in order: the first set present decides. */
const DECISIVE: readonly { language: string; letters: ReadonlySet<string> }[] = [
  { language: 'be', letters: chars('ўЎ') },
  { language: 'tg', letters: chars('ӣӢӯӮҷҶҳҲ') },
  // Tajik (checked first) also writes ғ and қ; Kyrgyz writes neither.
  { language: 'kk', letters: chars('ұҰәӘғҒқҚһҺ') },
  { language: 'mk', letters: chars('ѓЃќЌѕЅ') },
  { language: 'sr', letters: chars('ђЂћЋ') },
  { language: 'uk', letters: chars('їЇєЄґҐ') },
];
const KYRGYZ_MONGOLIAN = chars('өӨүҮ');
const KYRGYZ = chars('ңҢ');
const SERBIAN_MACEDONIAN = chars('јЈљЉњЊџЏ');
const RUSSIAN = chars('ыЫэЭёЁ');
const UKRAINIAN_I = chars('іІ');

/** Bulgarian function words (no pack yet). */
const BULGARIAN_STOPWORDS = ['и', 'на', 'за', 'се', 'от', 'да', 'е', 'са', 'че', 'не', 'това', 'като', 'който', 'която', 'които', 'още', 'при', 'след', 'във', 'със', 'ще', 'са', 'беше', 'бяха', 'тази', 'този'];

/**
 * The language of Cyrillic text, or null when nothing tells.
 * @example cyrillicLanguage('Президент заявив, що переговори тривають') // { language: 'uk', … }
 */
export function cyrillicLanguage(text: string): LetterRuleGuess | null {
  for (const { language, letters } of DECISIVE) {
    if (countLetters(text, letters) > 0) return { language, reason: `letters:${language}` };
  }
  const russian = countLetters(text, RUSSIAN);
  // ө and ү without the Kazakh letters: Kyrgyz when ң is there too, else Mongolian (which also writes э and ы).
  if (countLetters(text, KYRGYZ_MONGOLIAN) > 0) {
    return { language: countLetters(text, KYRGYZ) > 0 ? 'ky' : 'mn', reason: 'letters:ky/mn' };
  }
  if (countLetters(text, SERBIAN_MACEDONIAN) > 0) return { language: 'sr', reason: 'letters:sr' };
  if (countLetters(text, UKRAINIAN_I) > 0 && russian === 0) return { language: 'uk', reason: 'letters:і' };
  const words = foldedWords(text);
  const scores = {
    ru: stopwordHits(words, foldedStopwords('ru')) + Math.min(russian, 5),
    uk: stopwordHits(words, foldedStopwords('uk')),
    bg: stopwordHits(words, foldedStopwords('bg', BULGARIAN_STOPWORDS)),
  };
  // Bulgarian writes ъ as a vowel before consonants ("във", "България"); Russian only as a separator before е, ё, ю, я ("объявили").
  if (russian === 0 && /ъ[бвгджзйклмнпрстфхцчшщ]/iu.test(text)) scores.bg += 3;
  if (/ъ[еёюя]/iu.test(text)) scores.ru += 2;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  if (best[1] <= 0 || best[1] === second[1]) return null;
  return { language: best[0], reason: russian > 0 ? 'letters+stopwords' : 'stopwords' };
}
