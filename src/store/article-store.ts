/**
 * The storage interface. Every driver (SQLite embedded, PostgreSQL for
 * multi-worker deployments) implements it and passes the same contract suite
 * (`test-support/store-contract.ts`). Methods are async so a networked driver fits.
 */
import type { Article, StoredArticle } from '../core/article.js';
import type { EntityType } from '../core/entity.js';
import type { RawDocument } from '../core/raw-document.js';
import type { DocumentMentions, EntityDetail, EntityFilter, EntitySummary, NewEntity } from './entity-records.js';
import type { DocumentEvents, EventFilter, EventRow } from './event-records.js';
import type { ArticleSearch, ArticleSearchHit, SourceCount } from './search-records.js';
import type { EntityName, StoryBatch, StoryFilter, StoryMemberRow, StoryMention, StoryRow, StoryWorkingSet, StoryWorkingSetQuery } from './story-records.js';

/** A document ready to be stored: the raw bytes plus the pipeline's result. */
export interface NewDocument {
  /** Identity: derived from the bytes and the URL (see `documentId`). */
  id: string;
  contentHash: string;
  /** Canonical URL of the document (see `canonicalUrl`): captures of one URL are versions of each other. */
  url: string | null;
  raw: RawDocument;
  article: Article;
  charset: string;
  textHash: string;
  pipelineVersion: number;
  /** Short lines of the document for site-level boilerplate learning (keys from `lineKey`); not stored with the document. */
  siteLines?: string[];
}

export type SaveStatus = 'new' | 'unchanged' | 'new-version';

export interface SaveOutcome {
  id: string;
  status: SaveStatus;
  /** For 'unchanged': the stored document this one matched. For 'new-version': the version it replaces. */
  relatedId: string | null;
}

export interface ArticleFilter {
  language?: string;
  /** Inclusive lower bound on the publication date (ISO prefix compare: "2020-10" matches October). */
  since?: string;
  /** Inclusive upper bound on the publication date. */
  until?: string;
  /** Substring of the source path/URL, the publisher or the credited agency. */
  source?: string;
  /** Include versions replaced by a newer capture of the same URL. */
  allVersions?: boolean;
  limit?: number;
  offset?: number;
}

export interface StoredRawDocument {
  id: string;
  raw: RawDocument;
  pipelineVersion: number;
}

export interface ArticleUpdate {
  id: string;
  article: Article;
  charset: string;
  textHash: string;
  pipelineVersion: number;
}

export interface StoreStats {
  documents: number;
  articles: number;
  currentArticles: number;
  versions: number;
  byLanguage: Record<string, number>;
  byOriginKind: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  rawBytes: number;
}

/** Short lines of one stored document, counted per site to learn the site's boilerplate. */
export interface SiteLines {
  site: string;
  lineKeys: string[];
}

export interface ArticleStore {
  /** Saves a batch in one transaction: either all of it is stored or none of it. */
  saveBatch(documents: NewDocument[]): Promise<SaveOutcome[]>;
  /** Finds an article by id or unique id prefix (at least 4 characters); null when none matches; AMBIGUOUS_ID error when several do. */
  getArticle(idOrPrefix: string): Promise<StoredArticle | null>;
  listArticles(filter: ArticleFilter): Promise<StoredArticle[]>;
  /** Articles by full id, in the order asked; unknown ids are left out. */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  countArticles(filter: ArticleFilter): Promise<number>;
  /** Raw documents in ingestion order, `limit` at a time after the cursor (for reprocessing). */
  listRawDocuments(after: number, limit: number): Promise<{ documents: StoredRawDocument[]; cursor: number }>;
  /** Replaces the extraction of existing documents in one transaction. */
  updateArticles(updates: ArticleUpdate[]): Promise<void>;
  /** Adds one document's distinct short lines to its site's counts (call once per newly stored document). */
  recordSiteLines(entries: SiteLines[]): Promise<void>;
  /** The line keys that appear in at least `minDocuments` documents of the site. */
  siteBoilerplate(site: string, minDocuments: number): Promise<Set<string>>;
  /** Entities that have any of these lookup keys (optionally of one type), for linking a new mention. */
  findEntitiesByKeys(keys: string[], type?: EntityType): Promise<NewEntity[]>;
  /** In one transaction: creates or extends the entities (aliases and keys are added, never removed) and replaces each listed document's mentions. */
  saveEntityMentions(entities: NewEntity[], documents: DocumentMentions[]): Promise<void>;
  listEntities(filter: EntityFilter): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** Each document's linked mentions (entity id, type, offset), for clustering. */
  documentMentions(documentIds: string[]): Promise<Map<string, StoryMention[]>>;
  /** The active stories indexed under any of the query's keys (at most `perKey` newest per key), the key counts, and the stories of the listed documents. */
  loadStoryWorkingSet(query: StoryWorkingSetQuery): Promise<StoryWorkingSet>;
  /** Documents sharing LSH band keys with a new one, those sharing the most first. */
  findDuplicateCandidates(bandKeys: string[], limit: number): Promise<string[]>;
  /** Writes one clustering step (stories, members, counts, duplicates, bands, thread merges) in one transaction. */
  saveStoryBatch(batch: StoryBatch): Promise<void>;
  /** Removes every story, membership, count and duplicate record (before re-clustering from scratch). */
  clearStories(): Promise<void>;
  listStories(filter: StoryFilter): Promise<StoryRow[]>;
  countStories(filter: StoryFilter): Promise<number>;
  getStory(id: string): Promise<StoryRow | null>;
  storyMembers(storyIds: string[]): Promise<StoryMemberRow[]>;
  entityNames(ids: string[]): Promise<EntityName[]>;
  /** Current documents with article text and no story, in ingestion order after the cursor. */
  unclusteredDocuments(after: number, limit: number): Promise<{ ids: string[]; cursor: number }>;
  /** Every current document id with its publication date, for re-clustering in a fixed order. */
  clusteringOrder(): Promise<{ id: string; published: string | null }[]>;
  /** Current articles that have every word of the query (folded as indexed) or mention what it names; see `ArticleSearch`. */
  searchArticles(search: ArticleSearch): Promise<ArticleSearchHit[]>;
  /** Current articles counted by outlet and language. */
  sourceCounts(): Promise<SourceCount[]>;
  /** In one transaction: replaces each listed document's events and quotes. */
  saveDocumentEvents(documents: DocumentEvents[]): Promise<void>;
  /** Each listed document's events and quotes (empty lists for documents without any). */
  documentEvents(documentIds: string[]): Promise<Map<string, DocumentEvents>>;
  /** Events of current articles, by event date (undated last). */
  listEvents(filter: EventFilter): Promise<EventRow[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
