/**
 * Turns an article's mentions into entity records to store: each of the
 * article's entities is linked to a stored entity (see `decideLink`) or
 * becomes a new one. Pure: the caller fetches the candidates and stores the result.
 */
import type { EntityMention } from '../../../core/entity.js';
import { sha256Hex } from '../../../core/hash.js';
import type { DocumentMentions, NewEntity, NewMention } from '../../../store/entity-records.js';
import { decideLink } from './decide-link.js';
import { entityKeys, foldName } from './entity-keys.js';
import { groupMentions, type DocumentEntity } from './group-mentions.js';

export interface EntityLinkPlan {
  /** Entities to create or extend. */
  entities: NewEntity[];
  documents: DocumentMentions[];
}

export interface DocumentEntityMentions {
  documentId: string;
  mentions: EntityMention[];
}

/** An article's entities with their lookup keys, computed once for both the candidate lookup and the plan. */
export interface GroupedDocument {
  documentId: string;
  entities: { entity: DocumentEntity; keys: string[] }[];
}

export function groupDocuments(documents: DocumentEntityMentions[]): GroupedDocument[] {
  return documents.map(({ documentId, mentions }) => ({ documentId, entities: groupMentions(mentions).map((entity) => ({ entity, keys: entityKeys(entity) })) }));
}

function newEntityId(entity: DocumentEntity): string {
  return entity.placeId ? `place:${entity.placeId}` : `${entity.type}:${sha256Hex(foldName(entity.name)).slice(0, 12)}`;
}

/** A Latin-script full name reads best in every interface; otherwise the longest form. */
function preferredName(current: string, candidate: string): string {
  const latin = (s: string) => /^[\p{Script=Latin}\s.\-'’]+$/u.test(s);
  const words = (s: string) => s.split(/\s+/).length;
  if (latin(candidate) !== latin(current)) return latin(candidate) ? candidate : current;
  return words(candidate) > words(current) ? candidate : current;
}

/** Every lookup key of the batch's entities: what the store is asked for candidates. */
export function lookupKeysFor(documents: GroupedDocument[]): string[] {
  return [...new Set(documents.flatMap((document) => document.entities.flatMap((grouped) => grouped.keys)))];
}

/**
 * Plans the links of several articles' mentions at once (one ingestion batch):
 * entities created or extended by an earlier article of the batch are
 * candidates for the later ones, exactly as if they had been stored in between.
 */
export function planEntityLinks(documents: GroupedDocument[], candidates: NewEntity[]): EntityLinkPlan {
  const updated = new Map<string, NewEntity>();
  const plannedDocuments: DocumentMentions[] = [];
  for (const document of documents) {
    const plannedMentions: NewMention[] = [];
    for (const { entity, keys: entityKeyList } of document.entities) {
      // Only entities sharing a lookup key can be this one: keeps each decision bounded however large the batch grows.
      const keys = new Set(entityKeyList);
      const pool = [...updated.values(), ...candidates.filter((candidate) => !updated.has(candidate.id))].filter((candidate) => candidate.keys.some((key) => keys.has(key)));
      const decision = decideLink(entity, pool);
      const base: NewEntity = updated.get(decision.entity?.id ?? '') ?? decision.entity ?? {
        id: newEntityId(entity),
        type: entity.type,
        name: entity.name,
        placeId: entity.placeId,
        country: entity.country,
        aliases: [],
        keys: [],
      };
      const aliases = [...base.aliases];
      for (const form of entity.forms) {
        if (!aliases.some((alias) => alias.alias === form.text)) aliases.push({ alias: form.text, language: form.language, script: form.script, evidence: decision.evidence });
      }
      const merged: NewEntity = {
        ...base,
        name: entity.placeId ? base.name : preferredName(base.name, entity.name),
        aliases,
        keys: [...new Set([...base.keys, ...entityKeyList])],
      };
      updated.set(merged.id, merged);
      for (const mention of entity.mentions) plannedMentions.push({ entityId: merged.id, start: mention.start, end: mention.end, text: mention.text, evidence: mention.evidence });
    }
    plannedDocuments.push({ documentId: document.documentId, mentions: plannedMentions });
  }
  return { entities: [...updated.values()], documents: plannedDocuments };
}
