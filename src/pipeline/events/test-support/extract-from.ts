/**
 * Builds the extractor's input from paragraphs the way ingestion does (article text, entity mentions),
 * with time expressions written by hand so a test states exactly which dates the time stage gave.
 */
import type { ArticleEvent, EventKind, EventParticipant } from '../../../core/event.js';
import { articleText } from '../../entities/article-text.js';
import { recognizeEntities } from '../../entities/recognize/index.js';
import type { TimeExpression } from '../../time/types.js';
import { extractArticleEvents, type ArticleEvents } from '../extract-article-events.js';

/** A time expression: the phrase as written, the ISO value the time stage would give it. */
export type GivenTime = readonly [phrase: string, value: string | null];

/** `published` is the article's publication day, which dates present-tense statements that state no time. */
export function extractFrom(language: string, paragraphs: string[], times: readonly GivenTime[] = [], published: string | null = null): ArticleEvents {
  const text = articleText({ title: null, paragraphs });
  const mentions = recognizeEntities({ title: null, paragraphs, language });
  const timeExpressions: TimeExpression[] = times.map(([phrase, value]) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`time phrase ${JSON.stringify(phrase)} is not in the text`);
    return { text: phrase, start, end: start + phrase.length, kind: 'relative', granularity: 'day', value };
  });
  return extractArticleEvents({ text, language, mentions, timeExpressions, published });
}

export const kindOf = (event: ArticleEvent): string => (event.subtype ? `${event.type}/${event.subtype}` : event.type);
export const names = (participants: readonly EventParticipant[]): string[] => participants.map((participant) => participant.name);

/** The one event of a kind, failing the test with the kinds found when there is none. */
export function eventOf(result: ArticleEvents, kind: EventKind): ArticleEvent {
  const event = result.events.find((candidate) => kindOf(candidate) === kind);
  if (!event) throw new Error(`no ${kind} event; found ${result.events.map(kindOf).join(', ') || 'none'}`);
  return event;
}
