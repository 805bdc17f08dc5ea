/**
 * The JSON the newsloom API returns, as the web application reads it. These mirror the objects the CLI prints
 * with `--json` (the API and the CLI call the same services). Fields that later pipeline stages add (events,
 * place coordinates) are optional: the pages show an empty state when they are absent.
 */

export type EntityType = 'person' | 'place' | 'organization' | 'other';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  weight?: number;
  /** Coordinates of a place entity, when the API knows them (gazetteer places do). */
  lat?: number | null;
  lon?: number | null;
  /** ISO 3166-1 alpha-2 of the place's country. */
  country?: string | null;
}

export interface MatchEvidence {
  score: number;
  entities: number;
  lexical: number | null;
  dates: number;
  numbers: number;
  sharedEntities: string[];
  sharedTerms: string[];
  sharedDates: string[];
  reason: string;
}

export interface StoryMember {
  id: string;
  title: string | null;
  language: string | null;
  published: string | null;
  source: string;
  outlet: string | null;
  url: string | null;
  /** Origin article of a copy (exact copy, reprint or update); null for an original. */
  duplicateOf: string | null;
  relation: 'exact' | 'reprint' | 'update' | null;
  score: number;
  why: string;
  evidence?: MatchEvidence;
}

export interface StorySummary {
  id: string;
  /** The member headline that best represents the story; null when no member has a headline. */
  label: string | null;
  labelLanguage: string | null;
  threadId: string;
  articles: number;
  originals: number;
  sources: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  languages: Record<string, number>;
  topEntities: EntityRef[];
  members?: StoryMember[];
}

export interface ThreadStory {
  id: string;
  label: string | null;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A participant of a timeline event: an entity id (`person:…`), or `name:…` for a name no entity was linked to. */
export interface EventParty {
  id: string;
  name: string;
}

/** One article's report of an event: the sentence, where it was published, the date it gives. */
export interface EventReport {
  articleId: string;
  outlet: string;
  language: string | null;
  /** The article this one copies (a copy adds no independent source). */
  copyOf: string | null;
  date: string | null;
  /** The words the date was read from ("on Saturday"), when the text gave one. */
  dateText: string | null;
  trigger?: string;
  sentence: string;
}

/** One event on a story's timeline, merged across member articles (the timeline service's `TimelineEvent`). */
export interface TimelineEvent {
  id: string;
  /** Top-level type of the taxonomy (consult, fight, agree…) and the finer one when known (phone-call, ceasefire…). */
  type: string;
  subtype: string | null;
  /** ISO at the precision known ("2020-10-10", "2020-10"); null when no report dates it. */
  date: string | null;
  /** Every date given when reports disagree, kept rather than resolved. */
  dateConflicts: { date: string; articles: string[] }[];
  actors: EventParty[];
  targets: EventParty[];
  places: EventParty[];
  /** Independent outlets reporting it. */
  sources: string[];
  languages: string[];
  /** Figures that differ between reports of the same event. */
  figureConflicts: string[][];
  reports: EventReport[];
}

/** `GET /api/stories/:id/timeline`. */
export interface StoryTimeline {
  id: string;
  kind: 'story' | 'thread';
  stories: string[];
  articles: number;
  events: TimelineEvent[];
}

export interface StoryDetail extends StorySummary {
  members: StoryMember[];
  thread?: ThreadStory[];
  /** Places of the story with coordinates, when the API provides them. */
  places?: EntityRef[];
}

export interface Page<T> {
  /** Matches in all; null when the endpoint only says whether another page follows. */
  total: number | null;
  hasMore: boolean;
  items: T[];
}

export interface RemovedLine {
  text: string;
  reason: string;
  line?: number;
}

export interface ArticleDetail {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  language: string | null;
  published: { value: string | null; precision?: string; method?: string } | string | null;
  publisher: string | null;
  credit: string | null;
  author: string | null;
  paragraphs: string[];
  dateline: string | { place?: string | null; agency?: string | null; raw?: string | null } | null;
  captions: string[];
  relatedLinks: unknown[];
  removed: RemovedLine[];
  /** Indexes into `paragraphs` of closing paragraphs that read as the publisher's opinion. */
  opinionParagraphs: number[];
  outlet?: string;
  /** The story the article belongs to, null while it is not clustered. */
  story?: { id: string; label: string | null } | null;
  entities?: (EntityRef & { mentions?: number })[];
  duplicateOf?: string | null;
  relation?: string | null;
  copies?: { id: string; relation: string | null; outlet: string }[];
}

export interface EntityAlias {
  alias: string;
  language: string | null;
  script: string;
  evidence: string;
  mentions: number;
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
  lat?: number | null;
  lon?: number | null;
}

export interface EntityDetail extends EntitySummary {
  aliases: EntityAlias[];
  articles: { id: string; title: string | null; language: string | null; published: string | null; mentions: number }[];
  coOccurring: { id: string; name: string; type: EntityType; documents: number }[];
  /** Mentions per month ("2020-10"). */
  timeline: { period: string; mentions: number }[];
  /** Mentions per publication day, when the API gives them (finer than `timeline`). */
  mentionsByDay?: { day: string; mentions: number }[];
  /** Stories with an article that mentions the entity, newest first, and how many there are in all. */
  stories?: StorySummary[];
  storiesTotal?: number;
}

/** One article found by a search. */
export interface SearchHit {
  id: string;
  title: string | null;
  language: string | null;
  published: string | null;
  outlet?: string | null;
  /** A passage of the article around the first match, as plain text. */
  snippet?: string | null;
  /** Matched spans of `snippet` (UTF-16 offsets, end exclusive). */
  marks?: { start: number; end: number }[];
  /** Whether the article matched by its words, by an entity the query names, or both. */
  matchedBy?: ('text' | 'entity')[];
}

/** Search results grouped by story. */
export interface SearchGroup {
  story: StorySummary | null;
  /** Articles of the story that matched (more than `articles` may show). */
  matches?: number;
  articles: SearchHit[];
}

export interface SearchResult {
  query: string;
  /** Matching articles. */
  total: number;
  /** Story groups those articles make (the groups are paginated). */
  totalGroups: number;
  /** More articles matched than one search considers: the query should be narrowed. */
  truncated: boolean;
  groups: SearchGroup[];
  /** Entities whose aliases matched the query. */
  entities: EntityRef[];
}

export interface IngestProblem {
  subject: string;
  code?: string;
  reason: string;
}

/** What one ingestion did, as the ingest service (and `newsloom ingest`) reports it. */
export interface IngestReport {
  inputs: number;
  documents: number;
  new: number;
  unchanged: number;
  newVersions: number;
  failed: number;
  skipped: number;
  failures: IngestProblem[];
  skippedItems?: IngestProblem[];
  ids?: string[];
}
