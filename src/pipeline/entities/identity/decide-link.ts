/**
 * Which stored entity an article's entity is, if any. Every link carries its
 * evidence. Rules, strongest first: the same gazetteer place; the same written
 * name; the same transliteration key confirmed by name similarity; a surname
 * alone only when exactly one known person bears it — two different people who
 * share a surname are never merged without evidence.
 */
import { nameSimilarity, SAME_NAME_THRESHOLD } from '../names/index.js';
import type { NewEntity } from '../../../store/entity-records.js';
import { foldName } from './entity-keys.js';
import type { DocumentEntity } from './group-mentions.js';

/** Similarity two differently written names need to be linked as one: the names toolkit's threshold (chosen in bench/name-matching.ts). */
export const LINK_SIMILARITY = SAME_NAME_THRESHOLD;

export interface LinkDecision {
  /** The stored entity this one is, or null for a new entity. */
  entity: NewEntity | null;
  evidence: string;
}

const tokens = (name: string) => foldName(name).split(' ').filter(Boolean);

function bestSimilarity(entity: DocumentEntity, candidate: NewEntity): number {
  let best = 0;
  for (const form of [entity.name, ...entity.forms.map((f) => f.text)]) {
    for (const alias of [candidate.name, ...candidate.aliases.map((a) => a.alias)]) best = Math.max(best, nameSimilarity(form, alias));
  }
  return best;
}

function firstNamesConflict(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length < 2 || tb.length < 2) return false;
  return nameSimilarity(ta[0] ?? '', tb[0] ?? '') < LINK_SIMILARITY;
}

export function decideLink(entity: DocumentEntity, candidates: NewEntity[]): LinkDecision {
  const sameType = candidates.filter((c) => c.type === entity.type || (entity.placeId !== null && c.placeId === entity.placeId));
  if (entity.placeId) {
    const place = sameType.find((c) => c.placeId === entity.placeId);
    return place ? { entity: place, evidence: `same place (${entity.placeId})` } : { entity: null, evidence: `gazetteer place ${entity.placeId}` };
  }
  const forms = new Set([entity.name, ...entity.forms.map((f) => f.text)].map(foldName));
  const single = tokens(entity.name).length === 1;

  const byName = sameType.filter((c) => c.keys.some((key) => key.startsWith('alias:') && forms.has(key.slice(6))) && !firstNamesConflict(entity.name, c.name));
  if (byName.length === 1 || (byName.length > 1 && !single)) return { entity: byName[0] ?? null, evidence: 'same written name' };
  if (byName.length > 1) return { entity: null, evidence: `ambiguous: ${byName.length} known ${entity.type}s are called ${entity.name}` };

  const similar = sameType
    .filter((c) => !firstNamesConflict(entity.name, c.name))
    .map((c) => ({ candidate: c, similarity: bestSimilarity(entity, c) }))
    .filter((s) => s.similarity >= LINK_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity);
  if (similar.length === 1 || (similar.length > 1 && !single)) {
    const best = similar[0]!;
    return { entity: best.candidate, evidence: `similar name across spellings or scripts (${best.similarity.toFixed(2)})` };
  }
  if (similar.length > 1) return { entity: null, evidence: `ambiguous: ${similar.length} known ${entity.type}s match ${entity.name}` };
  return { entity: null, evidence: 'first seen' };
}
