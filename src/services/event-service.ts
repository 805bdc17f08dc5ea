/**
 * Finds the time expressions, events and quotes of stored articles and
 * stores them: the last stage of ingestion, after entities (events name
 * entities) and stories (an undated article takes the year of a month and
 * day from its story's other articles).
 */
import type { Article } from '../core/article.js';
import type { EventParticipant } from '../core/event.js';
import { articleText } from '../pipeline/entities/article-text.js';
import { extractArticleEvents } from '../pipeline/events/index.js';
import { figuresOf } from '../pipeline/stories/numbers.js';
import { findTimeExpressions, type TimeExpression } from '../pipeline/time/index.js';
import type { ArticleStore } from '../store/article-store.js';
import type { DocumentEvents, EventParty } from '../store/event-records.js';
import type { IndexedDocument } from './entity-service.js';

export interface ArticleForEvents {
  documentId: string;
  article: Pick<Article, 'title' | 'paragraphs' | 'language' | 'published'>;
}

/**
 * Time expressions of an article. An article without a publication date cannot place "on Tuesday" or
 * "yesterday", and those stay unknown; but a month and day ("October 10") take their year from
 * `storyDate`, the date of the story the article belongs to, because a story spans days, not years.
 */
export function articleTimeExpressions(text: string, article: ArticleForEvents['article'], storyDate: string | null): TimeExpression[] {
  const published = article.published?.value ?? null;
  const own = findTimeExpressions(text, article.language, published);
  if (published || !storyDate) return own;
  const placed = new Map(findTimeExpressions(text, article.language, storyDate).filter((expression) => expression.kind === 'partial').map((expression) => [expression.start, expression]));
  return own.map((expression) => (expression.kind === 'partial' && expression.value === null ? (placed.get(expression.start) ?? expression) : expression));
}

/**
 * The stored entity a participant's mention was linked to. A participant whose mention the entities stage did
 * not keep (the extractor repairs a few: "Political Affairs Abbas Araqchi" becomes the person "Abbas Araqchi")
 * takes the entity of another mention of the same name in the article, if any.
 */
function party(participant: EventParticipant, indexed: IndexedDocument, byName: Map<string, string>): EventParty {
  return { entityId: indexed.entityIdAt.get(participant.mention.start) ?? byName.get(participant.name) ?? null, text: participant.name };
}

function linkedNames(indexed: IndexedDocument): Map<string, string> {
  const byName = new Map<string, string>();
  for (const mention of indexed.mentions) {
    const id = indexed.entityIdAt.get(mention.start);
    if (id && !byName.has(mention.name)) byName.set(mention.name, id);
  }
  return byName;
}

/** Figures of a sentence that are not part of a date ("10 October" is a date, "12 soldiers" a figure). */
function sentenceFigures(text: string, start: number, expressions: readonly TimeExpression[]): string[] {
  let blanked = text;
  for (const expression of expressions) {
    const from = expression.start - start;
    const to = expression.end - start;
    if (to <= 0 || from >= text.length) continue;
    blanked = blanked.slice(0, Math.max(0, from)) + ' '.repeat(Math.min(text.length, to) - Math.max(0, from)) + blanked.slice(Math.min(text.length, to));
  }
  return [...figuresOf(blanked)].sort();
}

/** The events and quotes of one article, with parties linked to the stored entities. Pure. */
export function eventsOfArticle(input: ArticleForEvents, indexed: IndexedDocument, storyDate: string | null = null): DocumentEvents {
  const text = articleText(input.article);
  const expressions = articleTimeExpressions(text, input.article, storyDate);
  const found = extractArticleEvents({ text, language: input.article.language, mentions: indexed.mentions, timeExpressions: expressions, published: input.article.published?.value ?? null });
  const byName = linkedNames(indexed);
  const link = (participant: EventParticipant): EventParty => party(participant, indexed, byName);
  return {
    documentId: input.documentId,
    events: found.events.map((event, seq) => ({
      seq,
      type: event.type,
      subtype: event.subtype,
      date: event.date.value,
      dateGranularity: event.date.granularity,
      dateText: event.date.expression?.text ?? null,
      actors: event.actors.map(link),
      targets: event.targets.map(link),
      place: event.place ? link(event.place) : null,
      attributedTo: event.attributedTo ? link(event.attributedTo) : null,
      trigger: event.trigger.text,
      sentence: event.sentence.text,
      offset: event.sentence.start,
      negated: event.negated,
      modality: event.modality,
      confidence: Math.round(event.confidence * 100) / 100,
      figures: sentenceFigures(event.sentence.text, event.sentence.start, expressions),
    })),
    quotes: found.quotes.map((quote, seq) => ({
      seq,
      speaker: quote.speaker ? link(quote.speaker) : null,
      text: quote.content.text,
      kind: quote.kind,
      offset: quote.sentence.start,
    })),
  };
}

/** For the undated articles among these, the first day of the story each belongs to (when it has a date). */
export async function storyDatesFor(store: ArticleStore, articles: ArticleForEvents[]): Promise<Map<string, string>> {
  const undated = articles.filter((input) => !input.article.published).map((input) => input.documentId);
  if (undated.length === 0) return new Map();
  const working = await store.loadStoryWorkingSet({ keys: [], keysAnyTime: [], countKeys: [], documentIds: undated, perKey: 0, activeSinceMs: null });
  const firstDay = new Map(working.profiles.flatMap((profile) => (profile.firstMs === null ? [] : [[profile.id, new Date(profile.firstMs).toISOString().slice(0, 10)] as const])));
  return new Map(undated.flatMap((id) => {
    const day = firstDay.get(working.storyOfDocument.get(id) ?? '');
    return day ? [[id, day] as const] : [];
  }));
}

/**
 * Extracts and stores (replacing) the events and quotes of these articles. `storyDates` gives, for
 * undated articles, the day of their story (see `articleTimeExpressions`). Returns the events stored.
 */
export async function storeArticleEvents(
  store: ArticleStore,
  articles: ArticleForEvents[],
  indexed: Map<string, IndexedDocument>,
  storyDates: Map<string, string> = new Map(),
): Promise<number> {
  if (articles.length === 0) return 0;
  const documents = articles.map((input) =>
    eventsOfArticle(input, indexed.get(input.documentId) ?? { mentions: [], entityIdAt: new Map() }, storyDates.get(input.documentId) ?? null),
  );
  await store.saveDocumentEvents(documents);
  return documents.reduce((sum, document) => sum + document.events.length, 0);
}
