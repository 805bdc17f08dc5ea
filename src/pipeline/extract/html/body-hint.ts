import type { TextBlock } from './page-index.js';

/** JSON-LD articleBody shorter than this is a summary or a paywall teaser, not a hint (Zyte benchmark). */
const MIN_HINT_CHARS = 400;
/** Blocks shorter than this match too easily to count (characters after normalising). */
const MIN_BLOCK_KEY = 20;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Which blocks appear in the page's JSON-LD articleBody: the publisher's own
 * statement of the article text, used as a strong hint for picking the
 * container (never as the output: it is often truncated or unformatted).
 * Returns null when there is no usable articleBody.
 */
export function blocksInArticleBody(blocks: readonly TextBlock[], articleBody: string | undefined): boolean[] | null {
  if (!articleBody || articleBody.length < MIN_HINT_CHARS) return null;
  const body = comparable(articleBody);
  return blocks.map((block) => {
    const key = comparable(block.text);
    return key.length >= MIN_BLOCK_KEY && body.includes(key);
  });
}
