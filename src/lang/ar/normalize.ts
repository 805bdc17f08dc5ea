import { normalizeArabicScript } from '../normalize-text.js';

/** Arabic normalisation for indexing and comparison: NFC, letter variants unified, tatweel and harakat removed, Eastern digits as ASCII; ZWNJ removed. */
export function normalize(text: string): string {
  return normalizeArabicScript(text, { yeh: 'ي', kaf: 'ك', unifyAlef: true, keepZwnj: false });
}
