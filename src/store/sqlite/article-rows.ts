/** Mapping between article rows and the core model; shared by every SQL driver. */
import type { Article, StoredArticle } from '../../core/article.js';
import type { DocumentHints, RawDocument } from '../../core/raw-document.js';

/** The parts of an article kept as one JSON column: read whole, never queried by field. */
interface ArticleBody {
  paragraphs: string[];
  dateline: Article['dateline'];
  captions: string[];
  relatedLinks: Article['relatedLinks'];
  removed: Article['removed'];
  opinionParagraphs: number[];
}

export interface ArticleRow {
  id: string;
  source: string;
  origin_kind: string;
  locator: string | null;
  content_type: string;
  fetched_at: string;
  ingested_at: string;
  previous_version_id: string | null;
  pipeline_version: number;
  charset: string;
  url: string | null;
  title: string | null;
  language: string | null;
  published: string | null;
  published_precision: string | null;
  published_method: string | null;
  publisher: string | null;
  credit: string | null;
  author: string | null;
  body: string;
}

export function articleBodyJson(article: Article): string {
  const body: ArticleBody = {
    paragraphs: article.paragraphs,
    dateline: article.dateline,
    captions: article.captions,
    relatedLinks: article.relatedLinks,
    removed: article.removed,
    opinionParagraphs: article.opinionParagraphs,
  };
  return JSON.stringify(body);
}

export function articleColumns(article: Article): unknown[] {
  return [
    article.url,
    article.title,
    article.language,
    article.published?.value ?? null,
    article.published?.precision ?? null,
    article.published?.method ?? null,
    article.publisher,
    article.credit,
    article.author,
    articleBodyJson(article),
  ];
}

export function rowToStoredArticle(row: ArticleRow): StoredArticle {
  const body = JSON.parse(row.body) as ArticleBody;
  return {
    id: row.id,
    source: row.source,
    originKind: row.origin_kind,
    locator: row.locator,
    contentType: row.content_type,
    charset: row.charset,
    fetchedAt: row.fetched_at,
    ingestedAt: row.ingested_at,
    previousVersionId: row.previous_version_id,
    pipelineVersion: row.pipeline_version,
    url: row.url,
    title: row.title,
    language: row.language,
    published:
      row.published && row.published_precision
        ? { value: row.published, precision: row.published_precision as NonNullable<Article['published']>['precision'], method: row.published_method ?? '' }
        : null,
    publisher: row.publisher,
    credit: row.credit,
    author: row.author,
    paragraphs: body.paragraphs,
    dateline: body.dateline,
    captions: body.captions,
    relatedLinks: body.relatedLinks,
    removed: body.removed,
    opinionParagraphs: body.opinionParagraphs ?? [],
  };
}

export interface DocumentRow {
  seq: number;
  id: string;
  source: string;
  origin_kind: string;
  locator: string | null;
  content_type: string;
  declared_charset: string | null;
  fetched_at: string;
  hints: string;
  bytes: Uint8Array;
  pipeline_version: number | null;
}

export function rowToRawDocument(row: DocumentRow): RawDocument {
  return {
    bytes: new Uint8Array(row.bytes),
    contentType: row.content_type as RawDocument['contentType'],
    declaredCharset: row.declared_charset,
    origin: { kind: row.origin_kind as RawDocument['origin']['kind'], source: row.source, ...(row.locator ? { locator: row.locator } : {}) },
    fetchedAt: row.fetched_at,
    hints: JSON.parse(row.hints) as DocumentHints,
  };
}
