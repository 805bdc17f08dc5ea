import { isParagraphLike, wordCount } from './line-shape.js';
import { lineKey } from './mark-boilerplate.js';
import type { TextLine } from './text-lines.js';

/** Longest line, in words, counted for site boilerplate: banners, labels and footers are short. */
const MAX_LEARNED_WORDS = 15;

/**
 * The lines of a document that may be site chrome: short and not prose.
 * Prose is never learned, so a background paragraph a site repeats in every
 * story of a series is never taken for boilerplate.
 */
export function learnableLineKeys(lines: TextLine[]): string[] {
  const keys = lines.filter((line) => !line.blank && wordCount(line.text) <= MAX_LEARNED_WORDS && !isParagraphLike(line.text)).map((line) => lineKey(line.text));
  return [...new Set(keys.filter((key) => key.length > 0))];
}
