/** Stories: the list with the `stories` command's filters, and one story as `story ID --json` prints it. */
import { z } from 'zod';
import { getStoryDetail } from '../../services/story-queries.js';
import { findStories } from '../../services/story-listing.js';
import { getTimeline } from '../../services/timeline-service.js';
import { notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { dateBound, flag, languageCode, limit, offset, oneOf, text, wholeNumber } from '../query-fields.js';

const prefer = languageCode('label each story with a headline in this language when it has one');

export const listStoriesRoute = defineRoute({
  method: 'get',
  path: '/stories',
  tag: 'stories',
  summary: 'List stories',
  description:
    'Stories (articles from any outlet and language about one event, copies folded under their origin), newest activity first or biggest first. ' +
    'Returns `{ total, offset, limit, stories }`; each story is the object `newsloom stories --json` prints: id, label, labelLanguage, threadId, articles, originals, ' +
    'sources, firstSeen, lastSeen, languages, topEntities and members (each with id, title, language, published, outlet, url, duplicateOf, relation, score, why, evidence).',
  query: z.strictObject({
    language: languageCode('only stories with an article in this language'),
    since: dateBound('only stories active on or after this date'),
    until: dateBound('only stories that started on or before this date'),
    entity: text('only stories that mention this entity: an entity id, or a name or alias in any script').optional(),
    thread: text('only the stories of this thread', 100).optional(),
    'min-articles': wholeNumber({ min: 1, max: 100_000, fallback: 1, description: 'only stories with at least this many articles' }),
    sort: oneOf(['recent', 'size'], 'recent (last activity first, the default) or size (most original articles first)').optional(),
    prefer,
    limit: limit(30, 200),
    offset: offset(),
  }),
  responses: { 200: 'a page of stories with the total that match', 404: 'the entity filter names no known entity' },
  async handle({ query, deps }) {
    const result = await findStories(deps.store, {
      language: query.language,
      since: query.since,
      until: query.until,
      entity: query.entity,
      threadId: query.thread,
      minArticles: query['min-articles'],
      sort: query.sort ?? 'recent',
      prefer: query.prefer,
      limit: query.limit,
      offset: query.offset,
    });
    return { total: result.total, offset: query.offset, limit: query.limit, stories: result.stories };
  },
});

export const getStoryRoute = defineRoute({
  method: 'get',
  path: '/stories/:id',
  tag: 'stories',
  summary: 'One story',
  description:
    'A story by id or unique id prefix, as `newsloom story ID --json` prints it: the list fields plus `thread` (the other stories of its thread, ' +
    'with id, label, articles, firstSeen, lastSeen). Members are in publication order; a copy names its origin in `duplicateOf`.',
  params: z.strictObject({ id: text('a story id or a unique prefix of one (at least 4 characters)', 100) }),
  query: z.strictObject({ prefer }),
  responses: { 200: 'the story', 404: 'no story has this id', 400: 'the prefix matches several stories' },
  async handle({ params, query, deps }) {
    const story = await getStoryDetail(deps.store, params.id, query.prefer);
    if (!story) throw notFound('story', params.id);
    return story;
  },
});

export const storyTimelineRoute = defineRoute({
  method: 'get',
  path: '/stories/:id/timeline',
  tag: 'stories',
  summary: 'The timeline of a story or thread',
  description:
    'The events of a story (id or unique prefix) in date order, merged across its articles and languages, as `newsloom timeline ID --json` prints them: ' +
    '`{ id, kind, stories, articles, events }`, each event with type, subtype, date, dateConflicts, actors, targets, places, sources (independent outlets), ' +
    'languages, figureConflicts and reports (the sentence of each article that reports it). With `thread=true` the id names a thread and every story in it counts.',
  params: z.strictObject({ id: text('a story id or a unique prefix of one; with thread=true, a thread id', 100) }),
  query: z.strictObject({ thread: flag('the timeline of the whole thread the id names') }),
  responses: { 200: 'the timeline (events may be empty)', 404: 'no story or thread has this id' },
  async handle({ params, query, deps }) {
    return getTimeline(deps.store, params.id, { thread: query.thread });
  },
});
