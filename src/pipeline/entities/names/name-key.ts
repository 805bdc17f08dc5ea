/**
 * A consonant-class key for blocking name candidates across scripts: vowels
 * and glides dropped (Arabic and Hebrew do not write short vowels), letters of
 * one class made one (q/k/g/kh/gh, p/b/f/v/w, t/d/th, s/z/sh, ch/j/ts/dz/zh),
 * repeats collapsed, and a leading vowel kept as "A" (Aliyev/علييف/Алиев → ALB).
 * A key says "worth comparing", never "the same": confirm with nameSimilarity.
 */
import { nameTokens, type NameToken } from './name-tokens.js';
import type { PhoneClass } from './phones.js';

/**
 * The key letter of each class. H keys as K: Russian writes h as х or г
 * (Роухани, Тегеран) and Hebrew as ח, so an h kept as a velar meets them all,
 * where dropping it split Rouhani from Роухани. Measured in bench/name-matching.ts.
 */
const KEY_LETTER: Readonly<Record<PhoneClass, string>> = {
  K: 'K',
  B: 'B',
  T: 'T',
  S: 'S',
  C: 'C',
  L: 'L',
  R: 'R',
  M: 'M',
  N: 'N',
  H: 'K',
  V: '',
  Y: '',
  Q: '',
};

/** Key of tokens read by nameTokens: one string, the words run together (قره باغ and Karabakh key alike). */
export function keyOfTokens(tokens: readonly NameToken[]): string {
  let key = '';
  let last = '';
  const first = tokens[0]?.phones[0];
  if (first !== undefined && (first.cls === 'V' || first.cls === 'Y' || first.cls === 'Q')) key = 'A';
  for (const token of tokens) {
    for (const phone of token.phones) {
      const letter = KEY_LETTER[phone.cls];
      // Repeats collapse across vowels too: Arabic writes no shadda and no short vowels.
      if (letter === '' || letter === last) continue;
      key += letter;
      last = letter;
    }
  }
  return key;
}

/**
 * Consonant-class key of a name, for blocking.
 * @example nameKey('Hassan Rouhani') === nameKey('حسن روحاني') // true: 'KSNRKN'
 * @example nameKey('Karabakh') === nameKey('Ղարաբաղ') // true: 'KRBK'
 */
export function nameKey(text: string): string {
  return keyOfTokens(nameTokens(text));
}

/** The key of each identifying word, for blocking on a surname alone. */
export function tokenKeys(text: string): string[] {
  return nameTokens(text).map((token) => keyOfTokens([token]));
}
