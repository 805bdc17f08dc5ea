import { HEADING_TAGS } from './html-tags.js';
import type { PageIndex, TextBlock } from './page-index.js';

/** A block counts as link text when more than this share of it sits in links (tuned on the Zyte benchmark). */
const LINK_DENSITY_LIMIT = 0.5;
/** Fixed cost of a block, so that many short teasers weigh less than a few long paragraphs (Zyte benchmark). */
const BLOCK_COST = 30;
/** Smaller cost for a block that reads like a sentence (Zyte benchmark). */
const SENTENCE_COST = 10;
/** List items and table cells are short by nature: no fixed cost. */
const CELL_TAGS = new Set(['li', 'td', 'th', 'dd', 'dt']);
/** How much each character of link text counts against a container (Zyte benchmark). */
const LINK_PENALTY = 0.5;

/** Sentence-final punctuation across scripts, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？؟।…:;]["'”’»)\]]*$/;
const CLAUSE_MARK = /[,،、，;؛]/;

/** How much a block looks like article prose (> 0) or like chrome (< 0), in characters. */
export function blockWeight(block: TextBlock, ownerTag: string): number {
  if (block.linkChars > block.chars * LINK_DENSITY_LIMIT) return -block.chars * LINK_PENALTY;
  if (HEADING_TAGS.has(ownerTag)) return 0;
  if (CELL_TAGS.has(ownerTag)) return block.chars - block.linkChars;
  const sentenceLike = SENTENCE_END.test(block.text) || CLAUSE_MARK.test(block.text);
  return block.chars - block.linkChars - (sentenceLike ? SENTENCE_COST : BLOCK_COST);
}

/** Sums a per-block value over every element's subtree, in one backward pass. */
export function sumOverSubtrees(index: PageIndex, blockValues: readonly number[]): number[] {
  const sums = new Array<number>(index.elements.length).fill(0);
  index.blocks.forEach((block, i) => {
    sums[block.owner] = (sums[block.owner] as number) + (blockValues[i] as number);
  });
  for (let ordinal = sums.length - 1; ordinal > 0; ordinal--) {
    const parent = index.parents[ordinal] as number;
    if (parent >= 0) sums[parent] = (sums[parent] as number) + (sums[ordinal] as number);
  }
  return sums;
}

/** Ancestors further than this from a block's owner get no credit for it (Zyte benchmark). */
const MAX_CREDIT_DISTANCE = 8;
/** Owners up to this far below an element give it full credit; further ones less and less (Zyte benchmark). */
const FULL_CREDIT_DISTANCE = 2;

/**
 * Sums a per-block value over each element's nearby descendants: full credit
 * for blocks owned by the element, its children and grandchildren, then
 * 1/2, 1/3… further down. An article's paragraphs sit side by side under one
 * parent, while teasers and comments are scattered one per card, so the
 * article's parent scores highest rather than the whole page.
 */
export function sumNearby(index: PageIndex, blockValues: readonly number[]): number[] {
  const sums = new Array<number>(index.elements.length).fill(0);
  index.blocks.forEach((block, i) => {
    const value = blockValues[i] as number;
    let ancestor = block.owner;
    for (let distance = 0; ancestor >= 0 && distance <= MAX_CREDIT_DISTANCE; distance++) {
      const credit = distance <= FULL_CREDIT_DISTANCE ? 1 : 1 / (distance - FULL_CREDIT_DISTANCE + 1);
      sums[ancestor] = (sums[ancestor] as number) + value * credit;
      ancestor = index.parents[ancestor] as number;
    }
  });
  return sums;
}
