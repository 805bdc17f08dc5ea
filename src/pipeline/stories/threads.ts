/**
 * Threads: stories linked into a longer arc — the same main people, places
 * and organisations over weeks (a war's diplomacy, an election campaign).
 * A story joins the thread of every other story close enough in time whose
 * main entities it shares; threads that a story bridges are merged, so a
 * thread only grows until `recluster` rebuilds it.
 */
import { idf, type KeyStats } from './key-stats.js';
import { entityKey } from './story-keys.js';
import type { StoryProfile } from './types.js';

/** Idf-weighted cosine of two stories' entities at or above which they are one thread (chosen on the example corpus and seeds, see README). */
export const THREAD_THRESHOLD = 0.3;
/** Stories further apart than this (between their spans) are not linked directly. */
export const THREAD_WINDOW_DAYS = 45;
/** The story's heaviest entities compared: the main actors and places, not every passing name. */
const MAIN_ENTITIES = 12;
const DAY_MS = 86_400_000;

function mainEntities(profile: StoryProfile): Map<string, number> {
  return new Map([...profile.entities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAIN_ENTITIES));
}

export function threadSimilarity(a: StoryProfile, b: StoryProfile, stats: KeyStats): number {
  const x = mainEntities(a);
  const y = mainEntities(b);
  let dot = 0;
  let normX = 0;
  let normY = 0;
  for (const [id, weight] of x) {
    const w = idf(stats, entityKey(id));
    normX += (weight * w) ** 2;
    const other = y.get(id);
    if (other !== undefined) dot += weight * other * w * w;
  }
  for (const [id, weight] of y) normY += (weight * idf(stats, entityKey(id))) ** 2;
  return normX > 0 && normY > 0 ? dot / Math.sqrt(normX * normY) : 0;
}

function apart(a: StoryProfile, b: StoryProfile): boolean {
  if (a.firstMs === null || a.lastMs === null || b.firstMs === null || b.lastMs === null) return false;
  const gap = Math.max(a.firstMs - b.lastMs, b.firstMs - a.lastMs, 0);
  return gap > THREAD_WINDOW_DAYS * DAY_MS;
}

export interface ThreadMerge {
  from: string;
  to: string;
}

/**
 * Puts `story` into the thread of every related story among `others`
 * (merging threads it bridges; the smallest thread id survives, so the result
 * does not depend on which side was seen first). Updates `threadId` on every
 * given profile and returns the merges for storage.
 */
export function linkThreads(story: StoryProfile, others: StoryProfile[], stats: KeyStats): ThreadMerge[] {
  const merges: ThreadMerge[] = [];
  for (const other of others) {
    if (other.id === story.id || other.threadId === story.threadId || apart(story, other)) continue;
    if (threadSimilarity(story, other, stats) < THREAD_THRESHOLD) continue;
    const [to, from] = story.threadId < other.threadId ? [story.threadId, other.threadId] : [other.threadId, story.threadId];
    merges.push({ from, to });
    for (const profile of [story, ...others]) if (profile.threadId === from) profile.threadId = to;
  }
  return merges;
}
