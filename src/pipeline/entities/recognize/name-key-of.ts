import { foldForMatch } from '../../../lang/match-fold.js';

/**
 * The key two spellings of one name share within a document and in the
 * recogniser's lists: folded, dots dropped, hyphens as spaces ("U.S." → "us",
 * "Nagorno-Karabakh" → "nagorno karabakh", "قرة باغ" → "قره باغ").
 */
export function nameKeyOf(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = foldForMatch(text)
      .replace(/[.\u00b7]/gu, '')
      .replace(/[-\u2010-\u2015_/]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    cache.set(text, key);
  }
  return key;
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, string>();
