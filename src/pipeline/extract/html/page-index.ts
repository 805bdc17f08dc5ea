import type { Document, Element, ParentNode } from 'domhandler';
import { normalizeWhitespace } from '../normalize-whitespace.js';
import { createClassHinter, type ClassHint } from './class-hints.js';
import { BLOCK_TAGS, CAPTION_TAGS, SKIPPED_TAGS } from './html-tags.js';

/** A run of inline text under one block-level element: the unit the extractor keeps or drops. */
export interface TextBlock {
  text: string;
  /** Ordinal of the nearest block-level element holding the text. */
  owner: number;
  chars: number;
  /** Characters inside links. */
  linkChars: number;
}

/** Head material that metadata reading needs, gathered during the same walk. */
export interface HeadMaterial {
  metas: Element[];
  links: Element[];
  titleText: string | null;
  jsonLd: string[];
  htmlLang: string | null;
  /** datetime attributes of <time> elements, in order. */
  times: string[];
}

/**
 * The visible elements of a page in document order (pre-order ordinals) with
 * their text blocks. An element's descendants are the ordinals
 * (ordinal, ends[ordinal]) and its text the blocks [blockStarts, blockEnds).
 */
export interface PageIndex {
  elements: Element[];
  tags: string[];
  hints: ClassHint[];
  /** Elements inside a caption: <figcaption>, table <caption>, or a class naming a caption. */
  inCaption: boolean[];
  /** Block-level elements (by tag, or chrome by class so that its text stays apart). */
  isBlock: boolean[];
  parents: number[];
  ends: number[];
  blockStarts: number[];
  blockEnds: number[];
  blocks: TextBlock[];
  head: HeadMaterial;
}

interface Frame {
  node: ParentNode;
  next: number;
  ordinal: number;
  /** Ordinal of the block element that owns inline text under this node. */
  owner: number;
  inLink: boolean;
  /** Inside <head>: only metadata is read. */
  headOnly: boolean;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(element: Element): boolean {
  const { hidden, style } = element.attribs;
  return hidden !== undefined || (style !== undefined && HIDDEN_STYLE.test(style));
}

function ownText(element: Element): string {
  let text = '';
  for (const child of element.children) if (child.type === 'text') text += child.data;
  return text;
}

function isJsonLd(element: Element): boolean {
  return element.name === 'script' && element.attribs.type?.trim().toLowerCase() === 'application/ld+json';
}

/**
 * Walks the page once, iteratively (no recursion, so any nesting depth is
 * safe), indexing visible elements and cutting their text into blocks.
 */
export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    elements: [], tags: [], hints: [], inCaption: [], isBlock: [], parents: [], ends: [], blockStarts: [], blockEnds: [], blocks: [],
    head: { metas: [], links: [], titleText: null, jsonLd: [], htmlLang: null, times: [] },
  };
  const { elements, tags, hints, inCaption, isBlock: blockFlags, parents, ends, blockStarts, blockEnds, blocks, head } = index;
  let parts: string[] = [];
  let linkChars = 0;
  const flush = (owner: number): void => {
    if (parts.length === 0) return;
    const text = normalizeWhitespace(parts.join(''));
    parts = [];
    if (text && owner >= 0) blocks.push({ text, owner, chars: text.length, linkChars: Math.min(linkChars, text.length) });
    linkChars = 0;
  };

  const classHint = createClassHinter();
  const stack: Frame[] = [{ node: document, next: 0, ordinal: -1, owner: -1, inLink: false, headOnly: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.node.children[frame.next++];
    if (child === undefined) {
      stack.pop();
      if (frame.ordinal >= 0) {
        if (blockFlags[frame.ordinal]) flush(frame.ordinal);
        ends[frame.ordinal] = elements.length;
        blockEnds[frame.ordinal] = blocks.length;
      }
      continue;
    }
    if (child.type === 'text') {
      if (!frame.headOnly) {
        parts.push(child.data);
        if (frame.inLink) linkChars += normalizeWhitespace(child.data).length;
      }
      continue;
    }
    if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue;
    const name = child.name.toLowerCase();
    if (name === 'meta') head.metas.push(child);
    else if (name === 'link') head.links.push(child);
    else if (name === 'title' && head.titleText === null) head.titleText = ownText(child);
    else if (isJsonLd(child)) head.jsonLd.push(ownText(child));
    else if (name === 'time' && child.attribs.datetime) head.times.push(child.attribs.datetime);
    else if (name === 'html' && head.htmlLang === null) head.htmlLang = child.attribs.lang ?? child.attribs['xml:lang'] ?? null;
    if (name === 'head') {
      stack.push({ node: child, next: 0, ordinal: -1, owner: -1, inLink: false, headOnly: true });
      continue;
    }
    if (frame.headOnly || SKIPPED_TAGS.has(name) || isHidden(child)) continue;

    const hint = classHint(child);
    const isBlock = BLOCK_TAGS.has(name) || hint.score < 0;
    if (isBlock || name === 'br') flush(frame.owner);
    const ordinal = elements.length;
    elements.push(child);
    tags.push(name);
    hints.push(hint);
    inCaption.push((frame.ordinal >= 0 && (inCaption[frame.ordinal] as boolean)) || CAPTION_TAGS.has(name) || hint.caption);
    blockFlags.push(isBlock);
    parents.push(frame.ordinal);
    ends.push(ordinal + 1);
    blockStarts.push(blocks.length);
    blockEnds.push(blocks.length);
    const owner = isBlock ? ordinal : frame.owner;
    stack.push({ node: child, next: 0, ordinal, owner, inLink: frame.inLink || name === 'a', headOnly: false });
  }
  return index;
}
