/**
 * Figures as language-independent evidence: "7.3 magnitude", "٢٠ قتيلا",
 * "1,200 people" are the same in every language once digits and separators
 * are unified. One-digit numbers and years say little about which event a
 * text reports, so they are left out. The day of a written date stays a
 * figure too: it is weak evidence on its own and the named-day score already
 * weighs dates properly.
 */
import { matchWords } from '../duplicates/match-words.js';

const FIGURE = /^\p{Nd}+(?:\.\p{Nd}+)*$/u;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * @example figuresOf('Quake of 7.3 kills 14 in 2020, 1,200 hurt') // Set { '7.3', '14', '1200' }
 */
export function figuresOf(text: string): Set<string> {
  const figures = new Set<string>();
  for (const word of matchWords(text)) {
    if (!FIGURE.test(word)) continue;
    // "1.200" (a group separator, three digits after it) is a thousand figure; "7.3" is a decimal.
    const figure = (/^\d{1,3}(?:\.\d{3})+$/u.test(word) ? word.replace(/\./gu, '') : word).replace(/^0+(?=\d)/u, '');
    if (figure.length < 2 || YEAR.test(figure)) continue;
    figures.add(figure);
  }
  return figures;
}
