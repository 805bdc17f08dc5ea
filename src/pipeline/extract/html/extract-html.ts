import type { Document } from 'domhandler';
import { emptyExtraction, type ExtractedDocument } from '../extracted-document.js';
import { blocksInArticleBody } from './body-hint.js';
import { markChrome } from './chrome-marks.js';
import { cleanContainer } from './clean-container.js';
import { collectParagraphs, type BlockDecision } from './collect-paragraphs.js';
import { findTeasers } from './find-teasers.js';
import { readJsonLd } from './json-ld.js';
import { indexPage } from './page-index.js';
import { pickContainer } from './pick-container.js';
import { readMetadata } from './read-metadata.js';
import { collectRelatedLinks, relatedRoots } from './related-links.js';
import { blockWeight, sumNearby, sumOverSubtrees } from './score-node.js';

/** A block found in the JSON-LD articleBody counts this many times its length (Zyte benchmark). */
const ARTICLE_BODY_BOOST = 2;
/** Weight of a chrome or teaser character against a container (Zyte benchmark). */
const CHROME_PENALTY = 0.5;
/** Less body text than this is no article (a home page's blurb, a login wall); the benchmark's shortest article has 369 characters. */
const MIN_ARTICLE_CHARS = 150;

export interface ExtractHtmlOptions {
  /** The page's URL, when known: resolves related links and helps strip the site name from the title. */
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
  const url = options.url ?? null;
  // 1. One walk over the page: visible elements, their class hints, text blocks, head metadata.
  const index = indexPage(document);
  const jsonLd = readJsonLd(index.head.jsonLd);
  const firstHeading = index.blocks.find((block) => index.tags[block.owner] === 'h1')?.text ?? null;
  const { language, ...metadata } = readMetadata(index.head, jsonLd, firstHeading, url);
  const result: ExtractedDocument = { ...emptyExtraction(), ...metadata, declaredLanguage: language };

  // 2. Weigh every block as prose (+) or chrome (−); teasers and chrome count against a container.
  const chars = sumOverSubtrees(index, index.blocks.map((block) => block.chars));
  const teasers = findTeasers(index, chars);
  const inArticleBody = blocksInArticleBody(index.blocks, jsonLd.articleBody);
  const weights = index.blocks.map((block, i) => {
    if (inArticleBody?.[i]) return block.chars * ARTICLE_BODY_BOOST;
    return teasers[block.owner] ? -block.chars * CHROME_PENALTY : blockWeight(block, index.tags[block.owner] as string);
  });
  // Chrome is judged against prose, so prose is summed before chrome is marked.
  const prose = sumOverSubtrees(index, weights.map((weight) => Math.max(0, weight)));
  const pageChrome = markChrome(index, prose, -1);
  const net = index.blocks.map((block, i) => (pageChrome[block.owner] ? -block.chars * CHROME_PENALTY : (weights[i] as number)));

  // 3. Pick the container, clean inside it, collect paragraphs in order.
  const container = pickContainer(index, sumNearby(index, net), sumOverSubtrees(index, net), pageChrome);
  if (container < 0) return result;
  const linkChars = sumOverSubtrees(index, index.blocks.map((block) => block.linkChars));
  const cleaning = cleanContainer(index, { prose, chars, linkChars, teasers }, container);
  const collected = collectParagraphs(index, container, cleaning, { chrome: pageChrome, teasers }, result.title, options.trace);
  const relatedLinks = collectRelatedLinks(index, relatedRoots(index, pageChrome, teasers, cleaning), url);
  if (collected.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) < MIN_ARTICLE_CHARS) {
    return { ...result, removed: collected.removed, relatedLinks };
  }
  return { ...result, ...collected, relatedLinks };
}
