import { normalizeArabicScript } from '../normalize-text.js';

/** Persian normalisation for indexing and comparison: NFC, letter variants unified, tatweel and harakat removed, Eastern digits as ASCII; ZWNJ kept inside words. */
export function normalize(text: string): string {
  return normalizeArabicScript(text, { yeh: 'ی', kaf: 'ک', unifyAlef: false, keepZwnj: true });
}
