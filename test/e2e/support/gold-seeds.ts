/** What the e2e test needs from the seeds' reference answers (../shared/seeds/gold.json): the call story and Rouhani's names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../../support/shared-data.js';

interface Gold {
  documents: Record<string, { language: string }>;
  stories: { id: string; documents: string[] }[];
  entities: { name: string; aliases: string[]; documents: string[] }[];
}

export function readGold(): Gold {
  return JSON.parse(readFileSync(join(SEEDS_DIR, 'gold.json'), 'utf8')) as Gold;
}

/** The seed files of one gold story, by language. */
export function storyDocuments(gold: Gold, storyId: string): { language: string; file: string }[] {
  const story = gold.stories.find((candidate) => candidate.id === storyId);
  if (!story) throw new Error(`gold.json has no story ${storyId}`);
  return story.documents.map((file) => ({ file, language: gold.documents[file]?.language ?? 'und' }));
}

export function goldEntity(gold: Gold, name: string): { name: string; aliases: string[] } {
  const entity = gold.entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`gold.json has no entity ${name}`);
  return entity;
}
