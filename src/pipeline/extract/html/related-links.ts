import type { ChildNode, Element } from 'domhandler';
import type { RelatedLink } from '../../../core/article.js';
import { normalizeWhitespace } from '../normalize-whitespace.js';
import type { ContainerCleaning } from './clean-container.js';
import type { PageIndex } from './page-index.js';

/** At most this many related links are kept. */
const MAX_LINKS = 50;
/** A headline has at least this many words (names of authors and sections have fewer)… */
const MIN_TITLE_WORDS = 4;
/** …or, in scripts written without spaces, at least this many characters. */
const MIN_UNSPACED_TITLE_CHARS = 12;

function looksLikeHeadline(text: string): boolean {
  const words = text.split(' ').length;
  return words >= MIN_TITLE_WORDS || (words === 1 && text.length >= MIN_UNSPACED_TITLE_CHARS);
}
/** Nodes read per anchor when collecting its text (anchors wrapping whole cards stay cheap). */
const MAX_ANCHOR_NODES = 200;

function anchorText(anchor: Element): string {
  let text = '';
  const stack: ChildNode[] = [...anchor.children];
  for (let seen = 0; stack.length > 0 && seen < MAX_ANCHOR_NODES; seen++) {
    const node = stack.pop() as ChildNode;
    if (node.type === 'text') text = `${node.data} ${text}`;
    else if ('children' in node && node.type === 'tag') stack.push(...node.children);
  }
  return normalizeWhitespace(text);
}

function resolve(href: string, base: string | null): string {
  try {
    return base ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/**
 * Titles and URLs of the links in "related", "read more" and teaser lists
 * (given as element ordinals), in page order, without duplicates.
 */
export function collectRelatedLinks(index: PageIndex, roots: readonly number[], baseUrl: string | null): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const root of [...roots].sort((a, b) => a - b)) {
    const end = index.ends[root] as number;
    for (let ordinal = root; ordinal < end && links.length < MAX_LINKS; ordinal++) {
      if (index.tags[ordinal] !== 'a') continue;
      const anchor = index.elements[ordinal] as Element;
      const href = anchor.attribs.href?.trim();
      if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) continue;
      const text = anchorText(anchor);
      const url = resolve(href, baseUrl);
      if (!looksLikeHeadline(text) || seen.has(url)) continue;
      seen.add(url);
      links.push({ text, url });
    }
  }
  return links;
}

/** Reasons for dropping part of the article that mark a list of other articles. */
const RELATED_REASONS = new Set(['related links', 'link list', 'teaser']);

/**
 * The outermost elements of the page that list other articles: "related"
 * chrome and teaser cards anywhere, link lists inside the article.
 */
export function relatedRoots(index: PageIndex, chrome: ReadonlyArray<string | null>, teasers: readonly boolean[], cleaning: ContainerCleaning): number[] {
  const isRelated = (ordinal: number): boolean => chrome[ordinal] === 'related links' || (teasers[ordinal] ?? false);
  const roots: number[] = [];
  for (let ordinal = 0; ordinal < index.elements.length; ordinal++) {
    const parent = index.parents[ordinal] as number;
    if (isRelated(ordinal) && !(parent >= 0 && isRelated(parent))) roots.push(ordinal);
  }
  for (const [root, reason] of cleaning.reasons) if (RELATED_REASONS.has(reason)) roots.push(root);
  return roots;
}
