import { normalizeCased } from '../normalize-text.js';

/** Russian normalisation for indexing and comparison: NFC and locale-aware lower case; ё written as е. */
export function normalize(text: string): string {
  return normalizeCased(text, 'ru').replace(/ё/gu, 'е');
}
