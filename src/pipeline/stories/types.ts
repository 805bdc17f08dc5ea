/** What story clustering reads and writes. Pure data: no store, no I/O. */
import type { EntityType } from '../../core/entity.js';

/** A linked entity mention, as the entity stage stored it. */
export interface StoryMention {
  entityId: string;
  type: EntityType;
  /** Offset in `articleText` (title, blank line, paragraphs): mentions in the title and lead weigh more. */
  start: number;
}

/** An article as clustering sees it. */
export interface StoryArticle {
  id: string;
  language: string | null;
  title: string | null;
  paragraphs: string[];
  /** Publication time in ms since the epoch, or null when unknown. */
  publishedMs: number | null;
  mentions: StoryMention[];
}

/** Weighted evidence of one article, computed once (see `articleFeatures`). */
export interface ArticleFeatures {
  id: string;
  language: string | null;
  title: string | null;
  publishedMs: number | null;
  /** Entity id → salience (more for the title and lead, diminishing with repetition). */
  entities: Map<string, number>;
  /** Entity id → type, for thread and label decisions. */
  entityTypes: Map<string, EntityType>;
  /** Language-tagged word stems ("en:ceasef") → weight; title and lead count more. */
  terms: Map<string, number>;
  /** Figures written in the text ("7.3", "1200"), years and one-digit numbers left out. */
  numbers: Set<string>;
  /** Days the text names ("2020-10-10"), resolved against the publication date when written without a year. */
  dates: Set<string>;
}

/** The running summary of a story: what a new article is compared with. */
export interface StoryProfile {
  id: string;
  /** The thread (longer arc of stories) this story belongs to; a story alone is its own thread. */
  threadId: string;
  /** Member articles (duplicates included) and originals (duplicates excluded). */
  articles: number;
  originals: number;
  firstMs: number | null;
  lastMs: number | null;
  entities: Map<string, number>;
  entityTypes: Map<string, string>;
  terms: Map<string, number>;
  numbers: Map<string, number>;
  dates: Map<string, number>;
  languages: Map<string, number>;
}

/** Why an article joined a story (kept with the membership so a user can see it). */
export interface MatchEvidence {
  score: number;
  entities: number;
  lexical: number | null;
  dates: number;
  numbers: number;
  timeFactor: number;
  /** The shared entities that weighed most, strongest first. */
  sharedEntities: string[];
  sharedTerms: string[];
  sharedDates: string[];
  /** "new story", "similar to story", "<relation> of <id>" (a copy), or "its story was merged into a similar one" (then the scores are the story's, see merge-stories.ts) */
  reason: string;
}

/** The clustering decision for one article. */
export interface StoryAssignment {
  articleId: string;
  storyId: string;
  created: boolean;
  evidence: MatchEvidence;
}
