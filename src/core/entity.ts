/** People, places, organisations and other notable names found in articles. */

export type EntityType = 'person' | 'place' | 'organization' | 'other';

/** One occurrence of a name in an article. Offsets index the article's text as `articleText` builds it. */
export interface EntityMention {
  /** The name as written. */
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The fullest form of the name this mention refers to in the same article ("Rouhani" → "Hassan Rouhani"). */
  name: string;
  /** Why the span is a name and why this type, e.g. ["title:President", "capitalised"], ["gazetteer:city"]. */
  evidence: string[];
  /** Gazetteer id for places (ISO country code, GeoNames id, ISO 3166-2 region). */
  placeId?: string;
  /** Country (ISO alpha-2) of a place. */
  country?: string;
  /** True for nationality adjectives ("Iranian", "الروسي") that refer to a country. */
  demonym?: boolean;
  /** The language whose cues found it. */
  language: string | null;
}
