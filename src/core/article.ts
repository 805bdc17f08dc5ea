/**
 * The extracted article: what the pipeline made of a raw document.
 * Kept separate from the raw document so reprocessing can replace it.
 */

/** How precise a date is: the finest unit the source actually stated. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface ResolvedDate {
  /** ISO 8601, truncated to the precision: "2020", "2020-10", "2020-10-10", "2020-10-10T04:20Z". */
  value: string;
  precision: DatePrecision;
  /** How the date was found, e.g. "meta:article:published_time", "json-ld", "text:line 4", "container". */
  method: string;
}

/** Why a line or block was removed from the article body. */
export interface RemovedBlock {
  text: string;
  reason: string;
  /** 1-based line number in the decoded text (plain-text documents only). */
  line?: number;
}

export interface RelatedLink {
  text: string;
  url?: string;
}

export interface Dateline {
  place: string | null;
  agency: string | null;
  raw: string;
}

export interface Article {
  url: string | null;
  title: string | null;
  paragraphs: string[];
  /** BCP-47 language code, or null when it cannot be identified. */
  language: string | null;
  published: ResolvedDate | null;
  dateline: Dateline | null;
  /** The credited source or agency ("IRNA", "Reuters"). */
  credit: string | null;
  publisher: string | null;
  author: string | null;
  captions: string[];
  relatedLinks: RelatedLink[];
  removed: RemovedBlock[];
  /** Sentences marked as opinion appended to a report (indexes into paragraphs). */
  opinionParagraphs: number[];
}

/** An article as the store holds it: the extraction plus identity and provenance. */
export interface StoredArticle extends Article {
  id: string;
  source: string;
  originKind: string;
  locator: string | null;
  contentType: string;
  charset: string;
  fetchedAt: string;
  ingestedAt: string;
  /** Id of the earlier version of the same URL this document replaces, if any. */
  previousVersionId: string | null;
  pipelineVersion: number;
}
