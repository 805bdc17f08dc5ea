/**
 * A story's timeline: the events its member articles report, merged across
 * articles and languages when they are the same event, each with the sources
 * that report it. Pure data; built by `build-timeline.ts`.
 */

/** One event as one article reports it, with what the timeline needs to know about that article. */
export interface ReportedEvent {
  articleId: string;
  /** The outlet (site) that published the article. */
  source: string;
  language: string | null;
  /** The article this one copies, when it is an exact copy or a reprint: it adds no independent source. */
  copyOf: string | null;
  /** Event type of the taxonomy (`consult`, `fight`, `agree`…). */
  type: string;
  /** Finer type when known (`phone-call`, `meeting`, `visit`, `ceasefire`…). */
  subtype: string | null;
  /** Entity ids of who acted. */
  actors: string[];
  /** Entity ids of whom it was done to. */
  targets: string[];
  /** Entity id of where it happened. */
  place: string | null;
  /** When it happened, ISO at its granularity (`2020-10-06`, `2020-10`); null when the text does not say. */
  date: string | null;
  /** Figures the sentence states (casualties, amounts), as written digits. */
  figures: string[];
  /** The sentence that reports it. */
  sentence: string;
  /** Where the sentence starts in the article text. */
  offset: number;
  negated: boolean;
}

/** A date one or more reports give for an event, when the reports disagree. */
export interface DateClaim {
  date: string;
  articles: string[];
}

/** One event on a timeline. */
export interface TimelineEntry {
  /** Stable within a timeline: the id of the first report (article id and offset). */
  id: string;
  type: string;
  subtype: string | null;
  /** The date most reports give (earliest on a tie); null when no report dates it. */
  date: string | null;
  /** Every date given when reports disagree (kept, not resolved); empty when they agree. */
  dateConflicts: DateClaim[];
  actors: string[];
  targets: string[];
  places: string[];
  /** Independent outlets reporting it (copies count once, under their origin's outlet). */
  sources: string[];
  languages: string[];
  /** Every report, in article order. */
  reports: ReportedEvent[];
  /** Figures that differ between reports of the same event (kept, not resolved). */
  figureConflicts: string[][];
}
