/**
 * Events and quotes as the store keeps them: per article, replaced whole when
 * the article is extracted again. Parties point at linked entities when the
 * entities stage linked the name, and keep the words as written either way.
 */

/** A person, organisation or place taking part in an event or speaking. */
export interface EventParty {
  /** The linked entity, or null for a name the entities stage did not link. */
  entityId: string | null;
  /** The words as written in the article. */
  text: string;
}

export interface StoredEvent {
  /** Order of the event in its article. */
  seq: number;
  type: string;
  subtype: string | null;
  /** When it happened, ISO at its granularity; null when the text does not say. */
  date: string | null;
  dateGranularity: string | null;
  /** The time expression the date came from, as written. */
  dateText: string | null;
  actors: EventParty[];
  targets: EventParty[];
  place: EventParty | null;
  /** Who the sentence attributes the event to, when it is told inside a quote or reported speech ("…, Lavrov said"). */
  attributedTo: EventParty | null;
  /** The words that name the event ("spoke by phone", "أجرى اتصالا هاتفيا"). */
  trigger: string;
  sentence: string;
  /** Where the sentence starts in the article text. */
  offset: number;
  negated: boolean;
  /** "asserted", "future", "possible", … as the extractor reads the verb. */
  modality: string;
  confidence: number;
  figures: string[];
}

export interface StoredQuote {
  seq: number;
  speaker: EventParty | null;
  text: string;
  kind: 'direct' | 'reported';
  offset: number;
}

export interface DocumentEvents {
  documentId: string;
  events: StoredEvent[];
  quotes: StoredQuote[];
}

export interface EventFilter {
  /** Entity id of an actor or target. */
  entityId?: string;
  type?: string;
  language?: string;
  /** Inclusive ISO bounds on the event date (a prefix like "2020-10" works). */
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

/** An event with the article it came from. */
export interface EventRow extends StoredEvent {
  documentId: string;
  language: string | null;
  published: string | null;
  url: string | null;
}
