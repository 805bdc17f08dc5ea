import type { ChildNode, Document, Element } from 'domhandler';
import { isDateHolder, isNoiseRegion } from './page-regions.js';
import { INLINE, joinInline, visibleText } from './visible-text.js';

/** An element found on the walk, with whether it sits in a block whose dates are not the article's. */
export interface PlacedElement {
  element: Element;
  noise: boolean;
  /** Index of the first visible text segment at or after the element's start. */
  textIndex: number;
}

/** A visible run of text in document order. */
export interface TextSegment {
  text: string;
  noise: boolean;
  /** Whether a block boundary separates it from the previous segment (a date cannot run across). */
  breakBefore: boolean;
}

/** Segments as one text, a line per block (a date is never read across two blocks). */
export function joinSegments(segments: TextSegment[]): string {
  let text = '';
  for (const segment of segments) {
    const piece = segment.text.replace(/\s+/g, ' ');
    text = segment.breakBefore ? `${text}\n${piece}` : joinInline(text, piece);
  }
  return text;
}

/** Everything the date finders look at, gathered in one walk over the page. */
export interface PageIndex {
  /** <meta> elements of the head, and of the body outside noise regions. */
  metas: Element[];
  jsonLd: string[];
  canonicalUrl: string | null;
  ogUrl: string | null;
  /** <time>, <abbr> and non-meta elements with a date itemprop, in document order. */
  dateMarkup: PlacedElement[];
  /** Elements whose class/id says they hold a date line, in document order (nested ones too). */
  dateHolders: PlacedElement[];
  /** The heading (<h1>, else <h2>/<h3>) that is the article's title, if one is. */
  titleHeading: PlacedElement | null;
  segments: TextSegment[];
  /** The page's own title: og:title, else <title>. */
  title: string | null;
  /** The language the page declares (<html lang>, else og:locale), to try its date words first. */
  language: string | null;
}

/** Not 'head': without <body> htmlparser2 leaves the whole page inside an unclosed <head>. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'option', 'title']);
const HEADINGS = new Set(['h1', 'h2', 'h3']);
const DATE_ITEMPROP = /date(?:published|created|modified)/i;

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function ownText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}

const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** What one walk over the page finds, before deciding which regions are noise. */
interface Walked {
  index: PageIndex;
  /** Elements that open a comment, related-articles, sidebar… region. */
  openers: Set<Element>;
  markup: Array<{ element: Element; textIndex: number }>;
  holders: Array<{ element: Element; textIndex: number }>;
  headings: Array<{ element: Element; textIndex: number }>;
  texts: Array<{ text: string; parent: Element | null; breakBefore: boolean }>;
}

/** Records <meta>, JSON-LD, links and titles wherever they are (pages misplace them in the body). */
function collectMetadata(element: Element, index: PageIndex): void {
  const { name, attribs } = element;
  if (name === 'meta') {
    index.metas.push(element);
    if (attribs.property === 'og:url' && attribs.content) index.ogUrl ??= attribs.content;
    else if (attribs.property === 'og:title' && attribs.content) index.title = attribs.content;
    else if (attribs.property === 'og:locale' && attribs.content) index.language ??= attribs.content;
  } else if (name === 'script' && (attribs.type ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(ownText(element));
  else if (name === 'link' && (attribs.rel ?? '').toLowerCase() === 'canonical' && attribs.href) index.canonicalUrl ??= attribs.href;
  else if (name === 'title' && !index.title) index.title = ownText(element);
  else if (name === 'html' && attribs.lang) index.language = attribs.lang;
}

function walkPage(document: Document): Walked {
  const index: PageIndex = { metas: [], jsonLd: [], canonicalUrl: null, ogUrl: null, dateMarkup: [], dateHolders: [], titleHeading: null, segments: [], title: null, language: null };
  const walked: Walked = { index, openers: new Set(), markup: [], holders: [], headings: [], texts: [] };

  const walkHidden = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      collectMetadata(node, index);
      walkHidden(node.children);
    }
  };
  let pendingBreak = true;
  const walk = (nodes: ChildNode[], insideArticle: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (/\S/.test(node.data)) {
          walked.texts.push({ text: node.data, parent: node.parent as Element | null, breakBefore: pendingBreak });
          pendingBreak = false;
        }
        continue;
      }
      if (!isElement(node)) continue;
      collectMetadata(node, index);
      if (INVISIBLE.has(node.name)) {
        walkHidden(node.children);
        continue;
      }
      if (isNoiseRegion(node, insideArticle)) walked.openers.add(node);
      const placed = { element: node, textIndex: walked.texts.length };
      if (node.name === 'time' || node.name === 'abbr' || (node.name !== 'meta' && DATE_ITEMPROP.test(node.attribs.itemprop ?? ''))) walked.markup.push(placed);
      if (HEADINGS.has(node.name)) walked.headings.push(placed);
      if (isDateHolder(node)) walked.holders.push(placed);
      const block = !INLINE.has(node.name);
      pendingBreak ||= block;
      walk(node.children, insideArticle || node.name === 'article');
      pendingBreak ||= block;
    }
  };
  walk(document.children, false);
  return walked;
}

/**
 * The heading that is the article's title: the first <h1>, <h2> or <h3> (in
 * that preference) whose text the page title contains, else the first
 * substantial <h1>. Blogs often title posts with <h2> and keep <h1> for the site name.
 */
function chooseTitleHeading(headings: Walked['headings'], title: string | null): Walked['headings'][number] | null {
  const folded = title ? fold(title) : '';
  const matches = (heading: Walked['headings'][number]): boolean => {
    const text = fold(visibleText(heading.element, 300));
    return text.length >= 8 && folded.includes(text.slice(0, 60));
  };
  for (const level of HEADINGS) {
    const found = headings.find((heading) => heading.element.name === level && matches(heading));
    if (found) return found;
  }
  return headings.find((heading) => heading.element.name === 'h1' && visibleText(heading.element, 300).length >= 15) ?? null;
}

/**
 * Walks the page once, collecting metadata, date markup, date holders, the
 * title heading and visible text, each marked as noise when it sits in a
 * comment, related-articles, sidebar or navigation block. A block that
 * contains the article's title is never noise, whatever its class says
 * ("content-with-sidebar", "post-with-comments").
 */
export function indexPage(document: Document): PageIndex {
  const walked = walkPage(document);
  const { index, openers } = walked;
  const heading = chooseTitleHeading(walked.headings, index.title);
  for (let ancestor = heading?.element ?? null; ancestor; ancestor = ancestor.parent as Element | null) openers.delete(ancestor);

  const noiseCache = new Map<Element, boolean>();
  const isNoise = (element: Element | null): boolean => {
    if (!element || element.type !== 'tag') return false;
    const known = noiseCache.get(element);
    if (known !== undefined) return known;
    const noise = openers.has(element) || isNoise(element.parent as Element | null);
    noiseCache.set(element, noise);
    return noise;
  };
  const place = ({ element, textIndex }: { element: Element; textIndex: number }): PlacedElement => ({ element, textIndex, noise: isNoise(element) });

  // Microdata <meta itemprop="datePublished"> of related articles sits in their teasers.
  index.metas = index.metas.filter((meta) => !isNoise(meta));
  index.segments = walked.texts.map(({ text, parent, breakBefore }) => ({ text, breakBefore, noise: isNoise(parent) }));
  index.dateMarkup = walked.markup.map(place);
  index.dateHolders = walked.holders.map(place).filter((holder) => !holder.noise);
  index.titleHeading = heading ? place(heading) : null;
  return index;
}
