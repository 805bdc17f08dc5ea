import type { Element } from 'domhandler';
import type { RemovedBlock } from '../../../core/article.js';
import type { ContainerCleaning } from './clean-container.js';
import { HEADING_TAGS } from './html-tags.js';
import { lineJudge, trimEdges } from './judge-lines.js';
import type { PageIndex } from './page-index.js';

/** `removed` stays compact: at most this many entries of at most this many characters. */
export const MAX_REMOVED = 100;
export const MAX_REMOVED_CHARS = 200;
/** Inside the article, a block that is more than this share links is a link line, e.g. "Read more: …" (Zyte benchmark). */
const KEEP_LINK_DENSITY = 0.7;
/** How far up to look for the page region a dropped block belongs to (bounds the work on absurdly deep pages). */
const MAX_REGION_CLIMB = 64;

/** What became of one block of text, for `--trace`. */
export interface BlockDecision {
  text: string;
  /** The block-level element holding the text. */
  element: Element;
  /** 'article', 'caption', or why it was dropped. */
  fate: string;
}

export interface CollectedText {
  paragraphs: string[];
  captions: string[];
  removed: RemovedBlock[];
}

/** Page-level facts about blocks outside the container. */
export interface OutsideFacts {
  chrome: ReadonlyArray<string | null>;
  teasers: readonly boolean[];
}

/** Adds removed blocks, merging consecutive blocks of the same dropped region into one entry. */
class RemovedList {
  readonly entries: RemovedBlock[] = [];
  private lastKey = -1;

  add(text: string, reason: string, key: number): void {
    const last = this.entries[this.entries.length - 1];
    if (key === this.lastKey && last?.reason === reason) {
      if (last.text.length < MAX_REMOVED_CHARS) last.text = `${last.text} ${text}`.slice(0, MAX_REMOVED_CHARS);
      return;
    }
    this.lastKey = key;
    if (this.entries.length < MAX_REMOVED) this.entries.push({ text: text.slice(0, MAX_REMOVED_CHARS), reason });
  }
}

/** The child of the container's nearest ancestor that leads to `ordinal`: the page region a block outside the article sits in. */
function regionOf(index: PageIndex, ordinal: number, container: number): number {
  let region = ordinal;
  for (let step = 0; step < MAX_REGION_CLIMB; step++) {
    const parent = index.parents[region] as number;
    if (parent < 0 || (parent <= container && container < (index.ends[parent] as number))) return region;
    region = parent;
  }
  return region;
}

/** Whether `ordinal` lies inside the container's grandparent: the article's header, body and footer. */
function near(index: PageIndex, ordinal: number, container: number): boolean {
  let around = container;
  for (let step = 0; step < 2 && (index.parents[around] as number) >= 0; step++) around = index.parents[around] as number;
  return around <= ordinal && ordinal < (index.ends[around] as number);
}

/**
 * Walks every block of the page in order: blocks of the container are kept
 * as paragraphs unless cleaning dropped them; captions are set apart; the
 * rest is listed in `removed` with the reason.
 */
export function collectParagraphs(
  index: PageIndex,
  container: number,
  cleaning: ContainerCleaning,
  outside: OutsideFacts,
  title: string | null,
  trace?: (decision: BlockDecision) => void,
): CollectedText {
  const first = index.blockStarts[container] as number;
  const end = index.blockEnds[container] as number;
  const lineReason = lineJudge(title);
  const lines = index.blocks.map((block, i) => {
    let fate: string;
    let key = block.owner;
    if (i < first || i >= end) {
      const chrome = outside.chrome[block.owner] ?? null;
      // The lead figure often sits just outside the body, in the article's header.
      if (index.inCaption[block.owner] && (chrome === null || chrome === 'media') && near(index, block.owner, container)) fate = 'caption';
      else fate = chrome ?? (outside.teasers[block.owner] ? 'teaser' : 'outside article');
      key = regionOf(index, block.owner, container);
    } else {
      const root = cleaning.dropRoot[block.owner] ?? -1;
      const reason = root >= 0 ? (cleaning.reasons.get(root) ?? 'chrome') : null;
      if (index.inCaption[block.owner] && (reason === null || reason === 'media')) fate = 'caption';
      else if (reason !== null) {
        fate = reason;
        key = root;
      } else if (index.tags[block.owner] === 'h1') fate = 'title';
      else if (block.linkChars > block.chars * KEEP_LINK_DENSITY) fate = 'link text';
      else fate = lineReason(block.text) ?? 'article';
    }
    return { text: block.text, fate, key, owner: block.owner, heading: HEADING_TAGS.has(index.tags[block.owner] as string) };
  });
  trimEdges(lines);

  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed = new RemovedList();
  for (const line of lines) {
    trace?.({ text: line.text, element: index.elements[line.owner] as Element, fate: line.fate });
    if (line.fate === 'article') paragraphs.push(line.text);
    else if (line.fate === 'caption') captions.push(line.text);
    else removed.add(line.text, line.fate, line.key);
  }
  return { paragraphs, captions, removed: removed.entries };
}
