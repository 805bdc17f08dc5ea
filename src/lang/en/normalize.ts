import { normalizeCased } from '../normalize-text.js';

/** English normalisation for indexing and comparison: NFC and locale-aware lower case. */
export function normalize(text: string): string {
  return normalizeCased(text, 'en');
}
