import type { Document } from 'domhandler';
import { emptyExtraction, type ExtractedDocument } from '../extracted-document.js';
import { markChrome } from './chrome-marks.js';
import { cleanContainer } from './clean-container.js';
import { collectParagraphs, RemovedList } from './collect-paragraphs.js';
import { indexPage } from './page-index.js';
import { pickContainer } from './pick-container.js';
import { readMetadata } from './read-metadata.js';
import { blockWeight, sumOverSubtrees } from './score-node.js';

/** Weight of a chrome character against a container (Zyte benchmark). */
const CHROME_PENALTY = 0.5;

export interface ExtractHtmlOptions {
  /** The page's URL, when known. */
  url?: string | null;
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
export function extractHtml(document: Document, _options: ExtractHtmlOptions = {}): ExtractedDocument {
  const index = indexPage(document);
  const metadata = readMetadata(document);
  const result: ExtractedDocument = { ...emptyExtraction(), ...metadata, declaredLanguage: metadata.language };

  const weights = index.blocks.map((block) => blockWeight(block, index.tags[block.owner] as string));
  const prose = sumOverSubtrees(index, weights.map((w) => Math.max(0, w)));
  const pageChrome = markChrome(index, prose, -1);
  const effective = index.blocks.map((block, i) => (pageChrome[block.owner] ? -block.chars * CHROME_PENALTY : (weights[i] as number)));
  const mass = sumOverSubtrees(index, effective);
  const container = pickContainer(index, mass, pageChrome);
  if (container < 0) return result;

  const chars = sumOverSubtrees(index, index.blocks.map((b) => b.chars));
  const linkChars = sumOverSubtrees(index, index.blocks.map((b) => b.linkChars));
  const cleaning = cleanContainer(index, { prose, chars, linkChars }, container);
  const collected = collectParagraphs(index, container, cleaning, new RemovedList());
  return { ...result, ...collected };
}
