/** A story profile as JSON text (maps as entry lists), for storage. Numbers are kept exact so a loaded profile scores as the one in memory did. */
import type { StoryProfile } from '../pipeline/stories/types.js';

interface ProfileJson {
  threadId: string;
  articles: number;
  originals: number;
  firstMs: number | null;
  lastMs: number | null;
  entities: [string, number][];
  entityTypes: [string, string][];
  terms: [string, number][];
  numbers: [string, number][];
  dates: [string, number][];
  languages: [string, number][];
}

export function profileToJson(profile: StoryProfile): string {
  const json: ProfileJson = {
    threadId: profile.threadId,
    articles: profile.articles,
    originals: profile.originals,
    firstMs: profile.firstMs,
    lastMs: profile.lastMs,
    entities: [...profile.entities],
    entityTypes: [...profile.entityTypes],
    terms: [...profile.terms],
    numbers: [...profile.numbers],
    dates: [...profile.dates],
    languages: [...profile.languages],
  };
  return JSON.stringify(json);
}

export function profileFromJson(id: string, text: string): StoryProfile {
  const json = JSON.parse(text) as ProfileJson;
  return {
    id,
    threadId: json.threadId,
    articles: json.articles,
    originals: json.originals,
    firstMs: json.firstMs,
    lastMs: json.lastMs,
    entities: new Map(json.entities),
    entityTypes: new Map(json.entityTypes),
    terms: new Map(json.terms),
    numbers: new Map(json.numbers),
    dates: new Map(json.dates),
    languages: new Map(json.languages),
  };
}
