/**
 * Arabic-script languages told apart by the letters only one of them uses and
 * by function words. Persian keyboards put ی and ک into Arabic text too, so
 * those two are not evidence; پ چ ژ گ are.
 */
import type { LetterRuleGuess } from './word-evidence.js';
import { countLetters, foldedStopwords, foldedWords, stopwordHits } from './word-evidence.js';

const chars = (letters: string): ReadonlySet<string> => new Set(letters);

/** Letters that settle the language when they recur, in the order they are checked. */
const DECISIVE: readonly { language: string; letters: ReadonlySet<string> }[] = [
  { language: 'ckb', letters: chars('ێڵڕۆ') },
  { language: 'ps', letters: chars('ټډړږښګڼۍ') },
  { language: 'sd', letters: chars('ڄڃڇڏڍڊڌٻڀٺٽٿڦ') },
  { language: 'ug', letters: chars('ۈۋۇ') },
  { language: 'ur', letters: chars('ٹڈڑںےۓ') },
];
const PERSIAN_LETTERS = chars('پچژگ');
/** Letters Arabic writes and Persian and Urdu rarely do. */
const ARABIC_LETTERS = chars('ةىؤإأ');

/** Sorani, Pashto and Urdu stopwords beyond what the packs list (no packs for ckb and ps yet). */
const EXTRA_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  ckb: ['لە', 'بە', 'و', 'کە', 'ئەو', 'ئەم', 'بۆ', 'لەگەڵ', 'دەکات', 'کرد', 'هەیە'],
  ps: ['د', 'په', 'او', 'چې', 'له', 'دا', 'کې', 'سره', 'يې', 'هم', 'شوي'],
};

/**
 * The language of Arabic-script text, or null when nothing tells (a few
 * letters without distinctive ones or function words).
 * @example arabicScriptLanguage('این یک آزمایش است که انجام شد') // { language: 'fa', reason: 'letters+stopwords' }
 */
export function arabicScriptLanguage(text: string): LetterRuleGuess | null {
  for (const { language, letters } of DECISIVE) {
    const count = countLetters(text, letters);
    // One Urdu letter in a long Persian text is a quoted name; two or more, or most of a short text, is Urdu.
    if (count >= 2 || (count === 1 && text.length < 40)) return { language, reason: `letters:${language}` };
  }
  const words = foldedWords(text);
  const articleWords = words.filter((word) => word.startsWith('ال') && word.length > 3).length;
  const scores = {
    ar: stopwordHits(words, foldedStopwords('ar')) + 2 * Math.min(countLetters(text, ARABIC_LETTERS), 10) + articleWords,
    fa: stopwordHits(words, foldedStopwords('fa')) + 2 * Math.min(countLetters(text, PERSIAN_LETTERS), 10),
    ckb: stopwordHits(words, foldedStopwords('ckb', EXTRA_STOPWORDS.ckb)) - 2,
    ps: stopwordHits(words, foldedStopwords('ps', EXTRA_STOPWORDS.ps)) - 2,
  };
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  if (best[1] <= 0 || best[1] === second[1]) return null;
  return { language: best[0], reason: 'letters+stopwords' };
}
