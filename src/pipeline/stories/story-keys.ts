/**
 * The keys under which articles and stories are indexed for candidate lookup
 * and counted for rarity: "e:<entity id>", "t:<language>:<stem>", "d:<day>".
 */
import type { ArticleFeatures, StoryProfile } from './types.js';

/** Stems of an article used to look up candidate stories: its heaviest ones. */
export const LOOKUP_TERMS = 20;
/** Stems under which a story is indexed. */
export const STORY_INDEX_TERMS = 60;

export const entityKey = (id: string): string => `e:${id}`;
export const termKey = (term: string): string => `t:${term}`;
export const dayKey = (day: string): string => `d:${day}`;

function heaviest(weights: Map<string, number>, limit: number): string[] {
  return [...weights]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
}

/** Every key of the article, for document frequencies. */
export function articleKeys(features: ArticleFeatures): string[] {
  return [...[...features.entities.keys()].map(entityKey), ...[...features.terms.keys()].map(termKey), ...[...features.dates].map(dayKey)];
}

/** The keys an article looks candidate stories up by. */
export function lookupKeys(features: ArticleFeatures): string[] {
  return [...[...features.entities.keys()].map(entityKey), ...heaviest(features.terms, LOOKUP_TERMS).map(termKey), ...[...features.dates].map(dayKey)];
}

/** The keys a story is findable by. */
export function storyKeys(profile: StoryProfile): string[] {
  return [...[...profile.entities.keys()].map(entityKey), ...heaviest(profile.terms, STORY_INDEX_TERMS).map(termKey), ...[...profile.dates.keys()].map(dayKey)];
}
