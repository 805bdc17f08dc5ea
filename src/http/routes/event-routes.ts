/** Events across all articles: who did what to whom, where and when. */
import { z } from 'zod';
import { listEventRows } from '../../services/timeline-service.js';
import { defineRoute } from '../define-route.js';
import { dateBound, languageCode, limit, offset, text } from '../query-fields.js';

export const listEventsRoute = defineRoute({
  method: 'get',
  path: '/events',
  tag: 'events',
  summary: 'List events',
  description:
    'Events extracted from current articles, by event date (undated last), as `newsloom events --json` prints them: `{ offset, limit, events }`, each with ' +
    'documentId, seq, type, subtype, date, dateGranularity, dateText, actors, targets, place, attributedTo (each `{ entityId, text }`), trigger, sentence, ' +
    'offset, negated, modality, confidence, figures, language, published, url. `actor` is an entity id or a name in any script.',
  query: z.strictObject({
    actor: text('an entity id, or a name of one in any script', 200).optional(),
    type: z.string().regex(/^[a-z-]{2,40}$/u, { error: 'must be an event type such as consult, statement or fight' }).optional().meta({ description: 'an event type (consult, statement, fight, agree, …)' }),
    since: dateBound('only events on or after this date'),
    until: dateBound('only events on or before this date'),
    language: languageCode('only events reported in this language'),
    limit: limit(50, 500),
    offset: offset(),
  }),
  responses: { 200: 'a page of events', 404: 'no entity has the actor name or id' },
  async handle({ query, deps }) {
    return { offset: query.offset, limit: query.limit, events: await listEventRows(deps.store, query) };
  },
});
