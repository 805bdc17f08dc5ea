import type { RemovedBlock } from '../../../core/article.js';
import type { ContainerCleaning } from './clean-container.js';
import type { PageIndex } from './page-index.js';
import { LINK_DENSITY_LIMIT } from './score-node.js';

/** `removed` stays compact: at most this many entries of at most this many characters. */
export const MAX_REMOVED = 100;
export const MAX_REMOVED_CHARS = 200;

export interface CollectedText {
  paragraphs: string[];
  captions: string[];
  removed: RemovedBlock[];
}

/** Adds a removed block, merging it into the previous entry when both come from the same dropped element. */
export class RemovedList {
  readonly entries: RemovedBlock[] = [];
  private lastKey = -1;

  add(text: string, reason: string, key = -1): void {
    const last = this.entries[this.entries.length - 1];
    if (key >= 0 && key === this.lastKey && last) {
      if (last.text.length < MAX_REMOVED_CHARS) last.text = `${last.text} ${text}`.slice(0, MAX_REMOVED_CHARS);
      return;
    }
    this.lastKey = key;
    if (this.entries.length < MAX_REMOVED) this.entries.push({ text: text.slice(0, MAX_REMOVED_CHARS), reason });
  }
}

/** Walks the container's blocks in order, keeping article text and setting captions and chrome apart. */
export function collectParagraphs(index: PageIndex, container: number, cleaning: ContainerCleaning, removed: RemovedList): CollectedText {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const end = index.blockEnds[container] as number;
  for (let i = index.blockStarts[container] as number; i < end; i++) {
    const block = index.blocks[i];
    if (!block) continue;
    const root = cleaning.dropRoot[block.owner] ?? -1;
    if (root >= 0) {
      removed.add(block.text, cleaning.reasons.get(root) ?? 'chrome', root);
      continue;
    }
    if (cleaning.inCaption[block.owner]) {
      captions.push(block.text);
      continue;
    }
    if (index.tags[block.owner] === 'h1') {
      removed.add(block.text, 'title', block.owner);
      continue;
    }
    if (block.linkChars > block.chars * LINK_DENSITY_LIMIT) {
      removed.add(block.text, 'link text', block.owner);
      continue;
    }
    paragraphs.push(block.text);
  }
  return { paragraphs, captions, removed: removed.entries };
}
