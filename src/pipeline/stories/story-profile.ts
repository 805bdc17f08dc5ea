/**
 * A story's running summary: the sum of its original members' evidence, with
 * the long tails cut so a story that grows for weeks stays a fixed size.
 */
import type { ArticleFeatures, StoryProfile } from './types.js';

export const MAX_PROFILE_ENTITIES = 60;
export const MAX_PROFILE_TERMS = 300;
const MAX_PROFILE_FIGURES = 60;
const MAX_PROFILE_DAYS = 30;

export function storyIdFor(articleId: string): string {
  return `s${articleId.slice(0, 15)}`;
}

export function emptyProfile(id: string): StoryProfile {
  return {
    id,
    threadId: id,
    articles: 0,
    originals: 0,
    firstMs: null,
    lastMs: null,
    entities: new Map(),
    entityTypes: new Map(),
    terms: new Map(),
    numbers: new Map(),
    dates: new Map(),
    languages: new Map(),
  };
}

function addAll(into: Map<string, number>, from: Iterable<[string, number]>, limit: number): void {
  for (const [key, weight] of from) into.set(key, (into.get(key) ?? 0) + weight);
  if (into.size <= limit) return;
  const kept = [...into].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  into.clear();
  for (const [key, weight] of kept) into.set(key, weight);
}

/** Widens the story's span to take in [first, last] (either end may be unknown). */
function widenSpan(profile: StoryProfile, first: number | null, last: number | null): void {
  if (first !== null) profile.firstMs = profile.firstMs === null ? first : Math.min(profile.firstMs, first);
  if (last !== null) profile.lastMs = profile.lastMs === null ? last : Math.max(profile.lastMs, last);
}

/** Types are kept only for the entities the cut profile still holds. */
function dropTypesOfCutEntities(profile: StoryProfile): void {
  for (const id of profile.entityTypes.keys()) if (!profile.entities.has(id)) profile.entityTypes.delete(id);
}

const ones = (keys: Iterable<string>): Iterable<[string, number]> => [...keys].map((key) => [key, 1] as [string, number]);

/**
 * Adds an article to a story's profile. A duplicate (exact copy or reprint)
 * counts as an article but adds no evidence: a wire text copied twenty times
 * must not outweigh the outlets that wrote their own report.
 */
export function addToProfile(profile: StoryProfile, features: ArticleFeatures, duplicate: boolean): void {
  profile.articles += 1;
  widenSpan(profile, features.publishedMs, features.publishedMs);
  if (duplicate) return;
  profile.originals += 1;
  addAll(profile.entities, features.entities, MAX_PROFILE_ENTITIES);
  for (const [id, type] of features.entityTypes) if (profile.entities.has(id)) profile.entityTypes.set(id, type);
  dropTypesOfCutEntities(profile);
  addAll(profile.terms, features.terms, MAX_PROFILE_TERMS);
  addAll(profile.numbers, ones(features.numbers), MAX_PROFILE_FIGURES);
  addAll(profile.dates, ones(features.dates), MAX_PROFILE_DAYS);
  const language = features.language ?? 'und';
  profile.languages.set(language, (profile.languages.get(language) ?? 0) + 1);
}

/** Folds story `from` into `into`: members, span and evidence, cut to the same limits as a grown story. `from` is left as it was. */
export function mergeProfiles(into: StoryProfile, from: StoryProfile): void {
  into.articles += from.articles;
  into.originals += from.originals;
  widenSpan(into, from.firstMs, from.lastMs);
  addAll(into.entities, from.entities, MAX_PROFILE_ENTITIES);
  for (const [id, type] of from.entityTypes) if (into.entities.has(id) && !into.entityTypes.has(id)) into.entityTypes.set(id, type);
  dropTypesOfCutEntities(into);
  addAll(into.terms, from.terms, MAX_PROFILE_TERMS);
  addAll(into.numbers, from.numbers, MAX_PROFILE_FIGURES);
  addAll(into.dates, from.dates, MAX_PROFILE_DAYS);
  for (const [language, n] of from.languages) into.languages.set(language, (into.languages.get(language) ?? 0) + n);
}
