import type { PageIndex } from './page-index.js';

/** A teaser card is small: a headline link and a summary (tuned on the Zyte benchmark's "more stories" lists). */
const TEASER_MAX_CHARS = 600;
/** Its first block is a headline link at least this long… */
const TEASER_MIN_HEADLINE = 15;
/** …that is mostly link text. */
const TEASER_HEADLINE_DENSITY = 0.8;

/**
 * Marks teaser cards: small elements of several blocks that open with a
 * headline link (a "more stories" item: linked title, byline, summary). Their
 * summaries read like prose, so without this they would pull the container
 * towards lists of other articles. Returns, for each element, whether it is
 * (inside) a teaser.
 */
export function findTeasers(index: PageIndex, chars: readonly number[]): boolean[] {
  const teaser = new Array<boolean>(index.elements.length).fill(false);
  for (let ordinal = 0; ordinal < teaser.length; ordinal++) {
    const parent = index.parents[ordinal] as number;
    if (parent >= 0 && teaser[parent]) {
      teaser[ordinal] = true;
      continue;
    }
    const start = index.blockStarts[ordinal] as number;
    if ((index.blockEnds[ordinal] as number) - start < 2 || (chars[ordinal] as number) > TEASER_MAX_CHARS) continue;
    const headline = index.blocks[start];
    // A linked <h1> is the page's own headline (blogs link it to the permalink), not a teaser.
    if (headline && index.tags[headline.owner] !== 'h1' && headline.chars >= TEASER_MIN_HEADLINE && headline.linkChars >= TEASER_HEADLINE_DENSITY * headline.chars) teaser[ordinal] = true;
  }
  return teaser;
}
