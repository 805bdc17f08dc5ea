/** Story, thread and duplicate records as the store keeps and returns them. */
import type { EntityType } from '../core/entity.js';
import type { MatchEvidence, StoryMention, StoryProfile } from '../pipeline/stories/types.js';

/** A document's place in a story, with the evidence that put it there. */
export interface StoryMember {
  documentId: string;
  storyId: string;
  score: number;
  evidence: MatchEvidence;
}

/** A copy of an earlier article (exact, reprint or update) and its origin. */
export interface DuplicateRecord {
  documentId: string;
  originId: string;
  relation: 'exact' | 'reprint' | 'update';
  jaccard: number;
  evidence: string;
}

/** Everything one clustering step writes, in one transaction. */
export interface StoryBatch {
  profiles: StoryProfile[];
  members: StoryMember[];
  /** Key → articles to add to its count. */
  keyCounts: Map<string, number>;
  /** Articles added to the total. */
  articles: number;
  /** Stories a profile indexes it under (replacing its earlier keys): story id → keys. */
  storyKeys: Map<string, string[]>;
  duplicates: DuplicateRecord[];
  /** LSH band keys of newly clustered documents. */
  bands: { documentId: string; keys: string[] }[];
  /** Threads absorbed into others. */
  threadMerges: { from: string; to: string }[];
}

/** What the clusterer needs from the store for one batch. */
/** What one clustering step needs loaded: see `ArticleStore.loadStoryWorkingSet`. */
export interface StoryWorkingSetQuery {
  /** Lookup keys: the stories indexed under them and active since `activeSinceMs` are loaded. */
  keys: string[];
  /** Lookup keys of undated articles: the stories indexed under them are loaded whatever their age. */
  keysAnyTime: string[];
  /** Keys whose document counts are wanted (rarity), beyond `keys`. */
  countKeys: string[];
  /** Documents whose story is wanted (origins of copies), loaded whatever their age. */
  documentIds: string[];
  /** At most this many stories per key, newest first. */
  perKey: number;
  /**
   * Only stories still active at or after this time (last article at or after it) are loaded by key;
   * null loads by key without a time bound. This keeps the step's cost independent of how much history
   * the store holds: a story that ended months before the batch cannot take its articles.
   */
  activeSinceMs: number | null;
}

export interface StoryWorkingSet {
  profiles: StoryProfile[];
  keyCounts: Map<string, number>;
  total: number;
  /** Story of each already clustered document asked for. */
  storyOfDocument: Map<string, string>;
}

export interface StoryFilter {
  language?: string;
  /** Inclusive ISO date/prefix bounds on the story's span. */
  since?: string;
  until?: string;
  /** Entity id the story must have among its top entities. */
  entityId?: string;
  threadId?: string;
  minArticles?: number;
  sort?: 'recent' | 'size';
  limit?: number;
  offset?: number;
}

export interface StoryRow {
  id: string;
  threadId: string;
  articles: number;
  originals: number;
  firstMs: number | null;
  lastMs: number | null;
  profile: StoryProfile;
}

export interface StoryMemberRow {
  documentId: string;
  storyId: string;
  score: number;
  evidence: MatchEvidence;
  title: string | null;
  language: string | null;
  published: string | null;
  source: string;
  publisher: string | null;
  credit: string | null;
  url: string | null;
  duplicateOf: string | null;
  duplicateRelation: string | null;
}

export interface EntityName {
  id: string;
  name: string;
  type: EntityType;
}

export type { StoryMention };
