/**
 * Events and quotes found in an article's sentences: who did what to whom, where and when, and who said what.
 * The event taxonomy follows CAMEO's top level (Schrodt 2012, CAMEO codebook 1.1b3), with the three
 * subtypes the issue names where one top-level code covers several things an analyst tells apart.
 */
import type { EntityMention, EntityType } from './entity.js';

/** CAMEO-aligned event types, in CAMEO order (01 make statement … 20 mass violence is left out: no lexicon for it yet). */
export const EVENT_TYPES = [
  'statement', // 01
  'appeal', // 02
  'intent-to-cooperate', // 03
  'consult', // 04
  'diplomatic-cooperation', // 05
  'aid', // 07 (06 material cooperation is folded into aid and agree)
  'demand', // 10
  'disapprove', // 11
  'reject', // 12
  'threaten', // 13
  'protest', // 14
  'military-posture', // 15
  'reduce-relations', // 16
  'coerce', // 17
  'assault', // 18
  'fight', // 19
  'mediate', // 045: third-party mediation, kept apart from consult because conflict timelines turn on it
  'agree', // 057 (sign formal agreement) and 0871 (declare ceasefire, under 08 yield)
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Subtypes an analyst tells apart inside one top-level type. */
export const EVENT_SUBTYPES = {
  consult: ['phone-call', 'meeting', 'visit'],
  'diplomatic-cooperation': ['praise', 'congratulate', 'support'],
  agree: ['ceasefire'],
} as const satisfies Partial<Record<EventType, readonly string[]>>;
type SubtypesOf<T> = T extends keyof typeof EVENT_SUBTYPES ? (typeof EVENT_SUBTYPES)[T][number] : never;
export type EventSubtype = SubtypesOf<keyof typeof EVENT_SUBTYPES>;

/** What a lexicon entry names: a type, or a type and one of its subtypes ("consult/phone-call"). */
export type EventKind = EventType | { [T in keyof typeof EVENT_SUBTYPES]: `${T}/${SubtypesOf<T>}` }[keyof typeof EVENT_SUBTYPES];

/** A stretch of the article's text (offsets index `articleText`). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** How a participant written in a sentence was tied to a named entity. */
export type ParticipantLink =
  /** The sentence writes the name (or a demonym of the country). */
  | 'name'
  /** A description ("the Iranian president", "the Leader") matched one person named earlier with that title. */
  | 'description'
  /** A subject pronoun ("He", «Он») taken as the last person named as an actor before it. */
  | 'pronoun'
  /** A group reference ("both sides", "الرئيسان") taken as the two parties of the article's last two-party event. */
  | 'group';

/** An entity taking part in an event, as written in the sentence and as identified in the article. */
export interface EventParticipant {
  /** The fullest name the article gives it; for a country, its English gazetteer name. */
  name: string;
  type: EntityType;
  /** Gazetteer id (ISO alpha-2 for a country) when the participant is a place or a demonym of one. */
  placeId?: string;
  /** Where the sentence refers to it (the name, the description or the pronoun). */
  span: TextSpan;
  /** The mention that identifies it: the name itself, or the earlier mention a description or pronoun points to. */
  mention: EntityMention;
  link: ParticipantLink;
}

/**
 * When an event happened, as far as its sentence says. The publication date stands in only for a
 * present-tense statement with no time expression ("Rudenko says…" tells of the day of the report).
 */
export interface EventDate {
  /** ISO date or date-time ("2020-10-10", "2020-10", "2020"), the start of a range; null when unknown. */
  value: string | null;
  /** End of a range ("1988-1994"), else absent. */
  endValue?: string | null;
  granularity: 'instant' | 'day' | 'week' | 'month' | 'year' | 'range' | null;
  /**
   * 'text': a time expression in the event's sentence; 'publication': a present-tense statement ("says",
   * «заявляет») with no time expression, dated by the report's day; 'none': the sentence states no time.
   */
  source: 'text' | 'publication' | 'none';
  /** The time expression the date came from. */
  expression?: TextSpan;
}

/** Whether the sentence states the event as happened, planned or possible. */
export type EventModality = 'asserted' | 'future' | 'possible';

export interface ArticleEvent {
  type: EventType;
  subtype: EventSubtype | null;
  /** The words that name the event ("held a phone conversation", «провели переговоры», "أجرى اتصالا هاتفيا"). */
  trigger: TextSpan;
  /** Whether the trigger is a verb phrase ("met") or a noun naming the event ("the meeting"). */
  triggerForm: 'verbal' | 'nominal';
  actors: EventParticipant[];
  targets: EventParticipant[];
  place: EventParticipant | null;
  date: EventDate;
  sentence: TextSpan;
  /** "did not meet", «не обсуждали», "لم يلتق". */
  negated: boolean;
  modality: EventModality;
  /** The speaker when the event is told inside a quote or reported speech ("…, Lavrov said"). */
  attributedTo: EventParticipant | null;
  /** 0–1: how much of the event the sentence gave (trigger form, actor, target or place, date). */
  confidence: number;
}

export interface Quote {
  /** Direct: the words inside quotation marks. Reported: "X said that …", «по словам X», "به گفته X". */
  kind: 'direct' | 'reported';
  /** What was said: the quoted words, or the reported clause. */
  content: TextSpan;
  /** Who said it, or null when the text does not say (an unattributed quotation is still a quote). */
  speaker: EventParticipant | null;
  /** The speech verb or phrase that attributes it ("told journalists", «заявил», "وقال", "گفت"), when there is one. */
  cue: TextSpan | null;
  /** The sentence, or for a direct quote the stretch from the attribution to the closing mark. */
  sentence: TextSpan;
  confidence: number;
}
