/** Full-text search and source counts, as the store answers them. */

export interface ArticleSearch {
  /** The query as typed: the store folds it into words (see `searchWords`); an article matches by text when it has every word. */
  text: string;
  /**
   * Entities the query names, one group per named thing: an article that mentions an entity of every group
   * matches too, whatever language it is written in (the query «روحاني» finds the English articles on Rouhani).
   */
  entityGroups?: string[][];
  /** Only articles that mention this entity. */
  entityId?: string;
  language?: string;
  /** Inclusive bounds on the publication date (ISO prefixes, as in `ArticleFilter`). */
  since?: string;
  until?: string;
  /** At most this many hits, best first. */
  limit: number;
}

export interface ArticleSearchHit {
  documentId: string;
  /** The story the article belongs to; null while it is not clustered. */
  storyId: string | null;
  /** The article has every word of the query. */
  matchedText: boolean;
  /** The article mentions an entity of every group the query named. */
  matchedEntity: boolean;
}

/** Current articles of one outlet and language: the outlet is named by the first of publisher, URL host, source path. */
export interface SourceCount {
  publisher: string | null;
  /** Host of the article URL, when there is no publisher. */
  host: string | null;
  /** The file path or URL read, when there is neither publisher nor URL host. */
  source: string | null;
  language: string | null;
  articles: number;
  firstPublished: string | null;
  lastPublished: string | null;
}
