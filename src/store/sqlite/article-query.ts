/** Builds the WHERE clause for article listings; portable SQL with positional `?` parameters. */
import type { ArticleFilter } from '../article-store.js';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export function articleWhere(filter: ArticleFilter): SqlFragment {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (!filter.allVersions) clauses.push('NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)');
  if (filter.language) {
    clauses.push('a.language = ?');
    params.push(filter.language.toLowerCase());
  }
  // Dates are ISO strings truncated to their precision, so a prefix comparison gives inclusive bounds at any precision.
  if (filter.since) {
    clauses.push('a.published IS NOT NULL AND substr(a.published, 1, ?) >= ?');
    params.push(filter.since.length, filter.since);
  }
  if (filter.until) {
    clauses.push('a.published IS NOT NULL AND substr(a.published, 1, ?) <= ?');
    params.push(filter.until.length, filter.until);
  }
  if (filter.source) {
    const pattern = `%${filter.source.toLowerCase()}%`;
    clauses.push("(lower(d.source) LIKE ? OR lower(coalesce(a.publisher, '')) LIKE ? OR lower(coalesce(a.credit, '')) LIKE ? OR lower(coalesce(a.url, '')) LIKE ?)");
    params.push(pattern, pattern, pattern, pattern);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const ARTICLE_SELECT = `
  SELECT d.id, d.source, d.origin_kind, d.locator, d.content_type, d.fetched_at, d.ingested_at, d.previous_version_id,
         a.pipeline_version, a.charset, a.url, a.title, a.language, a.published, a.published_precision, a.published_method,
         a.publisher, a.credit, a.author, a.body
  FROM documents d JOIN articles a ON a.document_id = d.id`;
