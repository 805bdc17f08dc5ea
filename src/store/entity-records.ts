/** Entity records as the store keeps and returns them. */
import type { EntityType } from '../core/entity.js';

export interface EntityAlias {
  alias: string;
  language: string | null;
  /** ISO 15924 script of the alias ("Latn", "Arab", "Cyrl"). */
  script: string;
  /** Why this alias belongs to the entity ("first seen", "same name key BTN as Putin; co-occurs with Russia"). */
  evidence: string;
}

export interface NewEntity {
  id: string;
  type: EntityType;
  name: string;
  placeId: string | null;
  country: string | null;
  aliases: EntityAlias[];
  /** Lookup keys: folded aliases ("alias:…"), name keys ("key:…"), surnames ("surname:…"). */
  keys: string[];
}

export interface NewMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  evidence: string[];
}

/** All mentions of one document (saving them replaces the document's earlier mentions). */
export interface DocumentMentions {
  documentId: string;
  mentions: NewMention[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  placeId: string | null;
  country: string | null;
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityDetail extends EntitySummary {
  aliases: (EntityAlias & { mentions: number })[];
  articles: { id: string; title: string | null; language: string | null; published: string | null; mentions: number }[];
  coOccurring: { id: string; name: string; type: EntityType; documents: number }[];
  /** Mentions per month ("2020-10") by publication date. */
  timeline: { period: string; mentions: number }[];
}

export interface EntityFilter {
  type?: EntityType;
  /** Substring of any alias (folded). */
  search?: string;
  limit?: number;
  offset?: number;
}
