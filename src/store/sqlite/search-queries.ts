/**
 * Full-text search for the SQLite store: an FTS5 index (migration 6) over the
 * folded title and clean text of every article, keyed by the document's seq.
 * FTS5 is SQLite's own; a PostgreSQL driver indexes the same `searchableText`
 * with its own engine and answers the same `ArticleSearch`.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../../core/article.js';
import type { ArticleSearch, ArticleSearchHit, SourceCount } from '../search-records.js';
import { PREFIX_MIN_LENGTH, searchableText, searchWords } from '../search-text.js';
import { articleWhere } from './article-query.js';

/** Title words weigh more than body words in the ranking (bm25 column weights). */
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;

/**
 * SQL functions the migration that builds the index calls to fill it from the
 * stored articles (the folding lives in TypeScript, not SQL). Registered on
 * every connection before migrations run.
 */
export function registerSearchFunctions(db: Database.Database): void {
  db.function('newsloom_search_title', { deterministic: true }, (title: unknown) => searchableText([typeof title === 'string' ? title : null]));
  db.function('newsloom_search_body', { deterministic: true }, (body: unknown) => {
    const paragraphs = typeof body === 'string' ? (JSON.parse(body) as { paragraphs?: string[] }).paragraphs : undefined;
    return searchableText(paragraphs ?? []);
  });
}

/** Prepared statements that keep the index in step with the articles table; run inside the caller's transaction. */
export function searchIndexWriter(db: Database.Database): { index(seq: number | bigint, article: Pick<Article, 'title' | 'paragraphs'>): void; reindex(documentId: string, article: Pick<Article, 'title' | 'paragraphs'>): void } {
  const insert = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM article_search WHERE rowid = ?');
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM documents WHERE id = ?');
  const index = (seq: number | bigint, article: Pick<Article, 'title' | 'paragraphs'>): void => {
    insert.run(seq, searchableText([article.title]), searchableText(article.paragraphs));
  };
  return {
    index,
    reindex(documentId, article) {
      const seq = seqOf.get(documentId)?.seq;
      if (seq === undefined) return;
      remove.run(seq);
      index(seq, article);
    },
  };
}

/** An FTS5 query that needs every word: each quoted (so no word is read as an operator), longer ones also as prefixes. */
function matchExpression(words: string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"${word.length >= PREFIX_MIN_LENGTH ? '*' : ''}`).join(' AND ');
}

interface HitRow {
  id: string;
  story_id: string | null;
}

/** The filters every search path shares, as SQL conditions after a WHERE. */
function searchFilters(search: ArticleSearch): { sql: string; params: unknown[] } {
  const where = articleWhere({ language: search.language, since: search.since, until: search.until });
  const clauses = where.sql ? [where.sql.replace(/^WHERE /u, '')] : [];
  const params = [...where.params];
  if (search.entityId) {
    clauses.push('EXISTS (SELECT 1 FROM mentions x WHERE x.document_id = d.id AND x.entity_id = ?)');
    params.push(search.entityId);
  }
  return { sql: clauses.join(' AND '), params };
}

const HIT_FROM = 'FROM documents d JOIN articles a ON a.document_id = d.id LEFT JOIN story_members sm ON sm.document_id = d.id';

function textHits(db: Database.Database, words: string[], search: ArticleSearch): HitRow[] {
  if (words.length === 0) return [];
  const filters = searchFilters(search);
  return db
    .prepare<unknown[], HitRow>(
      `SELECT d.id, sm.story_id FROM article_search s JOIN documents d ON d.seq = s.rowid JOIN articles a ON a.document_id = d.id
       LEFT JOIN story_members sm ON sm.document_id = d.id
       WHERE article_search MATCH ?${filters.sql ? ` AND ${filters.sql}` : ''}
       ORDER BY bm25(article_search, ${TITLE_WEIGHT}, ${BODY_WEIGHT}), d.seq LIMIT ?`,
    )
    .all(matchExpression(words), ...filters.params, search.limit);
}

function entityHits(db: Database.Database, groups: string[][], search: ArticleSearch): HitRow[] {
  const usable = groups.filter((group) => group.length > 0);
  if (usable.length === 0 || usable.length < groups.length) return [];
  const filters = searchFilters(search);
  const clauses = usable.map((group) => `d.id IN (SELECT m.document_id FROM mentions m WHERE m.entity_id IN (${group.map(() => '?').join(', ')}))`);
  if (filters.sql) clauses.push(filters.sql);
  return db
    .prepare<unknown[], HitRow>(`SELECT d.id, sm.story_id ${HIT_FROM} WHERE ${clauses.join(' AND ')} ORDER BY coalesce(a.published, '') DESC, d.seq DESC LIMIT ?`)
    .all(...usable.flat(), ...filters.params, search.limit);
}

/**
 * Articles matching by text (ranked by bm25) or by the entities the query
 * names (newest first): those matching both first, then text, then entity.
 */
export function searchArticles(db: Database.Database, search: ArticleSearch): ArticleSearchHit[] {
  const byText = textHits(db, searchWords(search.text), search);
  const byEntity = entityHits(db, search.entityGroups ?? [], search);
  const entityIds = new Set(byEntity.map((row) => row.id));
  const textIds = new Set(byText.map((row) => row.id));
  const hit = (row: HitRow): ArticleSearchHit => ({ documentId: row.id, storyId: row.story_id, matchedText: textIds.has(row.id), matchedEntity: entityIds.has(row.id) });
  const both = byText.filter((row) => entityIds.has(row.id));
  const textOnly = byText.filter((row) => !entityIds.has(row.id));
  const entityOnly = byEntity.filter((row) => !textIds.has(row.id));
  return [...both, ...textOnly, ...entityOnly].slice(0, search.limit).map(hit);
}

/** The host of a URL in SQL (between "://" and the next "/"), for grouping articles by site. */
const URL_HOST = `CASE WHEN instr(a.url, '://') > 0 THEN substr(substr(a.url, instr(a.url, '://') + 3), 1, instr(substr(a.url, instr(a.url, '://') + 3) || '/', '/') - 1) END`;

/** Current articles counted by outlet (publisher, else URL host, else source) and language. */
export function sourceCounts(db: Database.Database): SourceCount[] {
  const current = articleWhere({});
  return db
    .prepare<unknown[], SourceCount>(
      `SELECT publisher, host, CASE WHEN publisher IS NULL AND host IS NULL THEN source END AS source, language,
              count(*) AS articles, min(published) AS firstPublished, max(published) AS lastPublished
       FROM (SELECT a.publisher, CASE WHEN a.publisher IS NULL THEN ${URL_HOST} END AS host, d.source, a.language, a.published
             FROM documents d JOIN articles a ON a.document_id = d.id ${current.sql}) x
       GROUP BY publisher, host, CASE WHEN publisher IS NULL AND host IS NULL THEN source END, language
       ORDER BY articles DESC, publisher, host, source`,
    )
    .all(...current.params);
}
