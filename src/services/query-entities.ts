/**
 * The entities a search query names, so a query in one script finds articles
 * written in another: «روحاني» names the entity whose aliases include Hassan
 * Rouhani. Candidates come from the same lookup keys linking uses (folded
 * alias, surname, cross-script name key); each is confirmed by name similarity.
 */
import { withLocation, type PlaceLocation } from './place-location.js';
import type { EntityType } from '../core/entity.js';
import { foldForMatch } from '../lang/match-fold.js';
import { foldName } from '../pipeline/entities/identity/entity-keys.js';
import { nameKey, nameSimilarity, SAME_NAME_THRESHOLD } from '../pipeline/entities/names/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { NewEntity } from '../store/entity-records.js';

export interface NamedEntity extends Partial<PlaceLocation> {
  id: string;
  name: string;
  type: EntityType;
}

export interface QueryEntities {
  entities: NamedEntity[];
  /** One group of entity ids per named thing; an article must mention one of each group. */
  groups: string[][];
  /** Aliases of those entities folded as `foldForMatch` folds text, to find them in articles (snippets). */
  aliases: string[];
}

const TYPES: EntityType[] = ['person', 'place', 'organization', 'other'];
/** Entities one name may stand for (a surname shared by a few people). */
const MAX_PER_NAME = 5;
/** Consonant keys shorter than this match too many unrelated names to be worth looking up. */
const MIN_KEY_LENGTH = 3;
/** Words a query may have for each to be tried as a name of its own ("روحاني بوتين"). */
const MAX_NAMED_WORDS = 4;

function lookupKeys(name: string, folded: string): string[] {
  const keys = [`alias:${folded}`];
  const single = !folded.includes(' ');
  if (single) keys.push(`surname:${folded}`);
  const key = nameKey(name);
  if (key.length >= MIN_KEY_LENGTH) {
    for (const type of TYPES) keys.push(`key:${type}:${key}`);
    if (single) keys.push(`surname-key:${key}`);
  }
  return keys;
}

function similarity(name: string, folded: string, candidate: NewEntity): number {
  const aliases = [candidate.name, ...candidate.aliases.map((alias) => alias.alias)];
  if (aliases.some((alias) => foldName(alias) === folded)) return 1;
  return Math.max(...aliases.map((alias) => nameSimilarity(name, alias)));
}

/** The stored entities a name stands for, most similar first. */
async function entitiesCalled(store: ArticleStore, name: string): Promise<NewEntity[]> {
  const folded = foldName(name);
  if (folded.length < 2) return [];
  const candidates = await store.findEntitiesByKeys(lookupKeys(name, folded));
  return candidates
    .map((candidate) => ({ candidate, score: similarity(name, folded, candidate) }))
    .filter((scored) => scored.score >= SAME_NAME_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, MAX_PER_NAME)
    .map((scored) => scored.candidate);
}

/**
 * The whole query as one name ("Hassan Rouhani", "قره باغ"); failing that,
 * each of its few words as a name of its own, when every word is one.
 */
export async function entitiesNamedBy(store: ArticleStore, query: string): Promise<QueryEntities> {
  const whole = await entitiesCalled(store, query);
  let groups: NewEntity[][] = whole.length > 0 ? [whole] : [];
  const words = query.split(/\s+/u).filter((word) => foldName(word).length > 0);
  if (groups.length === 0 && words.length >= 2 && words.length <= MAX_NAMED_WORDS) {
    const perWord = await Promise.all(words.map((word) => entitiesCalled(store, word)));
    if (perWord.every((found) => found.length > 0)) groups = perWord;
  }
  const all = [...new Map(groups.flat().map((entity) => [entity.id, entity])).values()];
  return {
    entities: all.map((entity) => withLocation({ id: entity.id, name: entity.name, type: entity.type })),
    groups: groups.map((group) => group.map((entity) => entity.id)),
    aliases: [...new Set(all.flatMap((entity) => [entity.name, ...entity.aliases.map((alias) => alias.alias)]).map((alias) => foldForMatch(alias).trim()))],
  };
}
