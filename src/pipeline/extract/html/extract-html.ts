import type { Document } from 'domhandler';
import { emptyExtraction, type ExtractedDocument } from '../extracted-document.js';
import { markChrome } from './chrome-marks.js';
import { cleanContainer, type ContainerCleaning } from './clean-container.js';
import { collectParagraphs, type BlockDecision } from './collect-paragraphs.js';
import { findTeasers } from './find-teasers.js';
import { indexPage, type PageIndex } from './page-index.js';
import { pickContainer } from './pick-container.js';
import { blocksInArticleBody } from './body-hint.js';
import { readJsonLd } from './json-ld.js';
import { readMetadata } from './read-metadata.js';
import { collectRelatedLinks } from './related-links.js';
import { blockWeight, sumNearby, sumOverSubtrees } from './score-node.js';

/** A block found in the JSON-LD articleBody counts this many times its length (Zyte benchmark). */
const ARTICLE_BODY_BOOST = 2;
/** Weight of a chrome character against a container (Zyte benchmark). */
const CHROME_PENALTY = 0.5;

/** Reasons whose links are worth keeping as related links. */
const RELATED_REASONS = new Set(['related links', 'link list', 'teaser']);

/** Outermost elements of the page that are lists of other articles: related-links chrome, teasers, link lists in the article. */
function relatedRoots(index: PageIndex, chrome: ReadonlyArray<string | null>, teasers: readonly boolean[], cleaning: ContainerCleaning): number[] {
  const roots: number[] = [];
  for (let ordinal = 0; ordinal < index.elements.length; ordinal++) {
    const parent = index.parents[ordinal] as number;
    const related = chrome[ordinal] === 'related links' || teasers[ordinal];
    const parentRelated = parent >= 0 && (chrome[parent] === 'related links' || teasers[parent]);
    if (related && !parentRelated) roots.push(ordinal);
  }
  for (const [root, reason] of cleaning.reasons) if (RELATED_REASONS.has(reason)) roots.push(root);
  return roots;
}

export interface ExtractHtmlOptions {
  /** The page's URL, when known. */
  url?: string | null;
  /** Called with the fate of every block of text, for `--trace`. */
  trace?: (decision: BlockDecision) => void;
}

/**
 * Finds the article in a parsed page: its headline, body paragraphs (in order,
 * inner headings included), captions and related links, what was dropped and
 * why, and the page's metadata. A page without an article (a home page of
 * links, a login wall) yields no paragraphs.
 *
 * @example
 * const extracted = extractHtml(parseHtml(html), { url: 'https://example.com/news/1' });
 * if (extracted.paragraphs.length === 0) console.log('no article found');
 */
export function extractHtml(document: Document, options: ExtractHtmlOptions = {}): ExtractedDocument {
  const index = indexPage(document);
  const jsonLd = readJsonLd(index.head.jsonLd);
  const firstHeading = index.blocks.find((block) => index.tags[block.owner] === 'h1')?.text ?? null;
  const { language, ...metadata } = readMetadata(index.head, jsonLd, firstHeading, options.url ?? null);
  const result: ExtractedDocument = { ...emptyExtraction(), ...metadata, declaredLanguage: language };

  const chars = sumOverSubtrees(index, index.blocks.map((b) => b.chars));
  const teasers = findTeasers(index, chars);
  const inBody = blocksInArticleBody(index.blocks, jsonLd.articleBody);
  const weights = index.blocks.map((block, i) => {
    if (inBody?.[i]) return block.chars * ARTICLE_BODY_BOOST;
    return teasers[block.owner] ? -block.chars * CHROME_PENALTY : blockWeight(block, index.tags[block.owner] as string);
  });
  const prose = sumOverSubtrees(index, weights.map((w) => Math.max(0, w)));
  const pageChrome = markChrome(index, prose, -1);
  const effective = index.blocks.map((block, i) => (pageChrome[block.owner] ? -block.chars * CHROME_PENALTY : (weights[i] as number)));
  const container = pickContainer(index, sumNearby(index, effective), sumOverSubtrees(index, effective), pageChrome);
  if (container < 0) return result;

  const linkChars = sumOverSubtrees(index, index.blocks.map((b) => b.linkChars));
  const cleaning = cleanContainer(index, { prose, chars, linkChars, teasers }, container);
  const collected = collectParagraphs(index, container, cleaning, { chrome: pageChrome, teasers }, result.title, options.trace);
  return { ...result, ...collected, relatedLinks: collectRelatedLinks(index, relatedRoots(index, pageChrome, teasers, cleaning), options.url ?? null) };
}
