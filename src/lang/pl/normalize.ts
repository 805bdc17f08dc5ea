import { normalizeCased } from '../normalize-text.js';

/** Polish normalisation for indexing and comparison: NFC and locale-aware lower case. */
export function normalize(text: string): string {
  return normalizeCased(text, 'pl');
}
