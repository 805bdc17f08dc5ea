import { markChrome } from './chrome-marks.js';
import type { PageIndex } from './page-index.js';

/** A list or box is a link list when more than this share of its text is links (Zyte benchmark). */
const LINK_LIST_DENSITY = 0.5;
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'table', 'div', 'section', 'header']);

/** Per-element decision inside the container. */
export interface ContainerCleaning {
  /** For each element: the ordinal of the outermost dropped element around it (itself included), or -1. */
  dropRoot: number[];
  /** Why each dropped root was dropped. */
  reasons: Map<number, string>;
}

export interface SubtreeStats {
  prose: readonly number[];
  chars: readonly number[];
  linkChars: readonly number[];
  teasers: readonly boolean[];
}

/** Decides, top-down, which subtrees of the container are page chrome. */
export function cleanContainer(index: PageIndex, stats: SubtreeStats, container: number): ContainerCleaning {
  const size = index.elements.length;
  const dropRoot = new Array<number>(size).fill(-1);
  const chrome = markChrome(index, stats.prose, container);
  const reasons = new Map<number, string>();
  const end = index.ends[container] as number;
  for (let ordinal = container + 1; ordinal < end; ordinal++) {
    const parent = index.parents[ordinal] as number;
    if ((dropRoot[parent] ?? -1) >= 0) {
      dropRoot[ordinal] = dropRoot[parent] as number;
      continue;
    }
    const reason = dropReason(index, stats, ordinal, chrome[ordinal] ?? null);
    if (reason) {
      dropRoot[ordinal] = ordinal;
      reasons.set(ordinal, reason);
    }
  }
  return { dropRoot, reasons };
}

function dropReason(index: PageIndex, stats: SubtreeStats, ordinal: number, chrome: string | null): string | null {
  if (chrome) return chrome;
  if (stats.teasers[ordinal]) return 'teaser';
  const tag = index.tags[ordinal] as string;
  if (tag === 'figure') return null;
  const chars = stats.chars[ordinal] as number;
  if (LIST_TAGS.has(tag) && chars > 0 && (stats.linkChars[ordinal] as number) > LINK_LIST_DENSITY * chars) return 'link list';
  return null;
}
