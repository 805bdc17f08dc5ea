import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredArticle } from '../../core/article.js';
import { NewsloomError, describeError } from '../../core/errors.js';
import type {
  ArticleFilter,
  ArticleStore,
  ArticleUpdate,
  NewDocument,
  SaveOutcome,
  SiteLines,
  StoreStats,
  StoredRawDocument,
} from '../article-store.js';
import type { EntityType } from '../../core/entity.js';
import type { DocumentMentions, EntityDetail, EntityFilter, EntitySummary, NewEntity } from '../entity-records.js';
import { ARTICLE_SELECT, articleWhere } from './article-query.js';
import { findEntitiesByKeys, getEntity, listEntities, saveEntityMentions } from './entity-queries.js';
import { articleColumns, rowToRawDocument, rowToStoredArticle, type ArticleRow, type DocumentRow } from './article-rows.js';
import { applyMigrations } from './apply-migrations.js';
import type { EntityName, StoryBatch, StoryFilter, StoryMemberRow, StoryMention, StoryRow, StoryWorkingSet, StoryWorkingSetQuery } from '../story-records.js';
import * as stories from './story-queries.js';
import * as events from './event-queries.js';
import type { DocumentEvents, EventFilter, EventRow } from '../event-records.js';
import { registerSearchFunctions, searchArticles, searchIndexWriter, sourceCounts } from './search-queries.js';
import type { ArticleSearch, ArticleSearchHit, SourceCount } from '../search-records.js';

export const DATABASE_FILE = 'newsloom.db';
/** Shortest id prefix `show` accepts: shorter ones match too much to be useful. */
const MIN_PREFIX = 4;
/** How long a writer waits for another process's transaction before failing (ms). */
const BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating if needed) the SQLite store in a data directory. Nothing is opened at import time. */
export function openSqliteStore(dataDir: string): SqliteArticleStore {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new NewsloomError('STORE_FAILED', `cannot create the data directory: ${describeError(error)}`, dataDir);
  }
  const path = join(dataDir, DATABASE_FILE);
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; only an OS crash can lose the last commits, never corrupt.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    registerSearchFunctions(db);
    applyMigrations(db);
  } catch (error) {
    if (error instanceof NewsloomError) throw error;
    throw new NewsloomError('STORE_FAILED', `cannot open the store: ${describeError(error)}`, path);
  }
  return new SqliteArticleStore(db);
}

export class SqliteArticleStore implements ArticleStore {
  constructor(private readonly db: Database.Database) {}

  async saveBatch(documents: NewDocument[]): Promise<SaveOutcome[]> {
    const findById = this.db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE id = ?');
    const latestAtUrl = this.db.prepare<[string], { id: string; text_hash: string }>(
      'SELECT d.id, a.text_hash FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.url = ? ORDER BY d.seq DESC LIMIT 1',
    );
    const insertDocument = this.db.prepare(
      `INSERT INTO documents (id, content_hash, url, source, origin_kind, locator, content_type, declared_charset, fetched_at, ingested_at, hints, byte_length, bytes, previous_version_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertArticle = this.db.prepare(
      `INSERT INTO articles (document_id, pipeline_version, charset, text_hash, url, title, language, published, published_precision, published_method, publisher, credit, author, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ingestedAt = new Date().toISOString();
    const search = searchIndexWriter(this.db);

    const save = this.db.transaction((batch: NewDocument[]): SaveOutcome[] =>
      batch.map((doc): SaveOutcome => {
        if (findById.get(doc.id)) return { id: doc.id, status: 'unchanged', relatedId: doc.id };
        const latest = doc.url ? latestAtUrl.get(doc.url) : undefined;
        // The same URL with the same extracted text is the same article captured again (ads or timestamps changed).
        if (latest && latest.text_hash === doc.textHash) return { id: doc.id, status: 'unchanged', relatedId: latest.id };
        const { raw } = doc;
        const inserted = insertDocument.run(
          doc.id, doc.contentHash, doc.url, raw.origin.source, raw.origin.kind, raw.origin.locator ?? null, raw.contentType,
          raw.declaredCharset, raw.fetchedAt, ingestedAt, JSON.stringify(raw.hints), raw.bytes.length, Buffer.from(raw.bytes), latest?.id ?? null,
        );
        insertArticle.run(doc.id, doc.pipelineVersion, doc.charset, doc.textHash, ...articleColumns(doc.article));
        search.index(inserted.lastInsertRowid, doc.article);
        return latest ? { id: doc.id, status: 'new-version', relatedId: latest.id } : { id: doc.id, status: 'new', relatedId: null };
      }),
    );
    return save.immediate(documents);
  }

  async getArticle(idOrPrefix: string): Promise<StoredArticle | null> {
    const wanted = idOrPrefix.trim().toLowerCase();
    if (wanted.length < MIN_PREFIX || !/^[0-9a-f]+$/.test(wanted)) {
      throw new NewsloomError('BAD_ARGUMENT', `an article id is ${MIN_PREFIX} to 16 hexadecimal characters`, idOrPrefix);
    }
    const rows = this.db.prepare<[string], ArticleRow>(`${ARTICLE_SELECT} WHERE d.id LIKE ? ORDER BY d.seq LIMIT 2`).all(`${wanted}%`);
    if (rows.length > 1) throw new NewsloomError('AMBIGUOUS_ID', `the id prefix ${wanted} matches several articles; give more characters`, idOrPrefix);
    return rows[0] ? rowToStoredArticle(rows[0]) : null;
  }

  async listArticles(filter: ArticleFilter): Promise<StoredArticle[]> {
    const where = articleWhere(filter);
    const rows = this.db
      .prepare<unknown[], ArticleRow>(`${ARTICLE_SELECT} ${where.sql} ORDER BY d.seq LIMIT ? OFFSET ?`)
      .all(...where.params, filter.limit ?? -1, filter.offset ?? 0);
    return rows.map(rowToStoredArticle);
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    const found = new Map<string, StoredArticle>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const rows = this.db.prepare<unknown[], ArticleRow>(`${ARTICLE_SELECT} WHERE d.id IN (${part.map(() => '?').join(', ')})`).all(...part);
      for (const row of rows) found.set(row.id, rowToStoredArticle(row));
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async countArticles(filter: ArticleFilter): Promise<number> {
    const where = articleWhere(filter);
    const row = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM documents d JOIN articles a ON a.document_id = d.id ${where.sql}`).get(...where.params);
    return row?.n ?? 0;
  }

  async listRawDocuments(after: number, limit: number): Promise<{ documents: StoredRawDocument[]; cursor: number }> {
    const rows = this.db
      .prepare<[number, number], DocumentRow>(
        `SELECT d.seq, d.id, d.source, d.origin_kind, d.locator, d.content_type, d.declared_charset, d.fetched_at, d.hints, d.bytes, a.pipeline_version
         FROM documents d LEFT JOIN articles a ON a.document_id = d.id WHERE d.seq > ? ORDER BY d.seq LIMIT ?`,
      )
      .all(after, limit);
    return {
      documents: rows.map((row) => ({ id: row.id, raw: rowToRawDocument(row), pipelineVersion: row.pipeline_version ?? 0 })),
      cursor: rows.at(-1)?.seq ?? after,
    };
  }

  async updateArticles(updates: ArticleUpdate[]): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO articles (document_id, pipeline_version, charset, text_hash, url, title, language, published, published_precision, published_method, publisher, credit, author, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (document_id) DO UPDATE SET pipeline_version = excluded.pipeline_version, charset = excluded.charset, text_hash = excluded.text_hash,
         url = excluded.url, title = excluded.title, language = excluded.language, published = excluded.published,
         published_precision = excluded.published_precision, published_method = excluded.published_method, publisher = excluded.publisher,
         credit = excluded.credit, author = excluded.author, body = excluded.body`,
    );
    const search = searchIndexWriter(this.db);
    this.db.transaction((batch: ArticleUpdate[]) => {
      for (const update of batch) {
        upsert.run(update.id, update.pipelineVersion, update.charset, update.textHash, ...articleColumns(update.article));
        search.reindex(update.id, update.article);
      }
    }).immediate(updates);
  }

  async recordSiteLines(entries: SiteLines[]): Promise<void> {
    const upsert = this.db.prepare(
      'INSERT INTO site_lines (site, line_key, documents) VALUES (?, ?, 1) ON CONFLICT (site, line_key) DO UPDATE SET documents = site_lines.documents + 1',
    );
    this.db.transaction((batch: SiteLines[]) => {
      for (const entry of batch) for (const key of new Set(entry.lineKeys)) upsert.run(entry.site, key);
    }).immediate(entries);
  }

  async siteBoilerplate(site: string, minDocuments: number): Promise<Set<string>> {
    const rows = this.db.prepare<[string, number], { line_key: string }>('SELECT line_key FROM site_lines WHERE site = ? AND documents >= ?').all(site, minDocuments);
    return new Set(rows.map((row) => row.line_key));
  }

  async findEntitiesByKeys(keys: string[], type?: EntityType): Promise<NewEntity[]> {
    return findEntitiesByKeys(this.db, keys, type);
  }

  async saveEntityMentions(entities: NewEntity[], documents: DocumentMentions[]): Promise<void> {
    saveEntityMentions(this.db, entities, documents);
  }

  async listEntities(filter: EntityFilter): Promise<EntitySummary[]> {
    return listEntities(this.db, filter);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    return getEntity(this.db, id);
  }

  async documentMentions(documentIds: string[]): Promise<Map<string, StoryMention[]>> {
    return stories.documentMentions(this.db, documentIds);
  }

  async saveDocumentEvents(documents: DocumentEvents[]): Promise<void> {
    events.saveDocumentEvents(this.db, documents);
  }

  async documentEvents(documentIds: string[]): Promise<Map<string, DocumentEvents>> {
    return events.documentEvents(this.db, documentIds);
  }

  async listEvents(filter: EventFilter): Promise<EventRow[]> {
    return events.listEvents(this.db, filter);
  }

  async loadStoryWorkingSet(query: StoryWorkingSetQuery): Promise<StoryWorkingSet> {
    return stories.loadStoryWorkingSet(this.db, query);
  }

  async findDuplicateCandidates(bandKeys: string[], limit: number): Promise<string[]> {
    return stories.findDuplicateCandidates(this.db, bandKeys, limit);
  }

  async saveStoryBatch(batch: StoryBatch): Promise<void> {
    stories.saveStoryBatch(this.db, batch);
  }

  async clearStories(): Promise<void> {
    stories.clearStories(this.db);
  }

  async listStories(filter: StoryFilter): Promise<StoryRow[]> {
    return stories.listStories(this.db, filter);
  }

  async countStories(filter: StoryFilter): Promise<number> {
    return stories.countStories(this.db, filter);
  }

  async getStory(id: string): Promise<StoryRow | null> {
    return stories.getStory(this.db, id);
  }

  async storyMembers(storyIds: string[]): Promise<StoryMemberRow[]> {
    return stories.storyMembers(this.db, storyIds);
  }

  async entityNames(ids: string[]): Promise<EntityName[]> {
    return [...stories.entityNames(this.db, ids)].map(([id, entry]) => ({ id, ...entry }));
  }

  async unclusteredDocuments(after: number, limit: number): Promise<{ ids: string[]; cursor: number }> {
    return stories.unclusteredDocuments(this.db, after, limit);
  }

  async clusteringOrder(): Promise<{ id: string; published: string | null }[]> {
    return stories.clusteringOrder(this.db);
  }

  async searchArticles(search: ArticleSearch): Promise<ArticleSearchHit[]> {
    return searchArticles(this.db, search);
  }

  async sourceCounts(): Promise<SourceCount[]> {
    return sourceCounts(this.db);
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => (this.db.prepare<[], { n: number }>(sql).get()?.n ?? 0);
    const groups = (sql: string): Record<string, number> =>
      Object.fromEntries(this.db.prepare<[], { k: string | null; n: number }>(sql).all().map((row) => [row.k ?? 'unknown', row.n]));
    const span = this.db.prepare<[], { first: string | null; last: string | null }>('SELECT min(published) AS first, max(published) AS last FROM articles').get();
    const current = 'NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)';
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      articles: count('SELECT count(*) AS n FROM articles'),
      currentArticles: count(`SELECT count(*) AS n FROM documents d JOIN articles a ON a.document_id = d.id WHERE ${current}`),
      versions: count('SELECT count(*) AS n FROM documents WHERE previous_version_id IS NOT NULL'),
      byLanguage: groups(`SELECT a.language AS k, count(*) AS n FROM documents d JOIN articles a ON a.document_id = d.id WHERE ${current} GROUP BY a.language ORDER BY n DESC`),
      byOriginKind: groups('SELECT origin_kind AS k, count(*) AS n FROM documents GROUP BY origin_kind ORDER BY n DESC'),
      firstPublished: span?.first ?? null,
      lastPublished: span?.last ?? null,
      rawBytes: count('SELECT coalesce(sum(byte_length), 0) AS n FROM documents'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
