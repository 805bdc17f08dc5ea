/** Events and quotes: who did what to whom, where and when, and who said what, sentence by sentence. */
export { extractArticleEvents, type ArticleEvents, type EventExtractionInput } from './extract-article-events.js';
export type { TimeExpression } from '../time/types.js';
export type { ArticleEvent, EventDate, EventKind, EventModality, EventParticipant, EventSubtype, EventType, ParticipantLink, Quote, TextSpan } from '../../core/event.js';
export { EVENT_SUBTYPES, EVENT_TYPES } from '../../core/event.js';
