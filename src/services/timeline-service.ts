/**
 * Timelines and event listings over the store: the events of a story's (or a
 * thread's) articles merged by `buildTimeline`, with names for display.
 */
import { NewsloomError } from '../core/errors.js';
import { foldForMatch } from '../lang/match-fold.js';
import { buildTimeline } from '../pipeline/timeline/build-timeline.js';
import type { DateClaim, ReportedEvent } from '../pipeline/timeline/types.js';
import type { ArticleStore } from '../store/article-store.js';
import type { EventFilter, EventParty, EventRow, StoredEvent } from '../store/event-records.js';
import type { StoryMemberRow } from '../store/story-records.js';
import { findEntity } from './entity-queries.js';
import { independentSource } from './independent-source.js';

export interface NamedParty {
  /** Entity id, or `name:<folded words>` for a name the entities stage did not link. */
  id: string;
  name: string;
}

export interface TimelineReport {
  articleId: string;
  outlet: string;
  language: string | null;
  copyOf: string | null;
  date: string | null;
  dateText: string | null;
  trigger: string;
  sentence: string;
  /** Party key of who the report attributes the event to. */
  attributedTo: string | null;
}

export interface TimelineEvent {
  id: string;
  type: string;
  subtype: string | null;
  date: string | null;
  dateConflicts: DateClaim[];
  actors: NamedParty[];
  targets: NamedParty[];
  places: NamedParty[];
  /** Who the reports attribute it to ("announced by Lavrov"): not a party, the voice that tells it. */
  attributedTo: NamedParty[];
  /** Independent outlets reporting it. */
  sources: string[];
  languages: string[];
  figureConflicts: string[][];
  reports: TimelineReport[];
}

export interface Timeline {
  /** The story or thread asked for. */
  id: string;
  kind: 'story' | 'thread';
  stories: string[];
  articles: number;
  events: TimelineEvent[];
}

const partyKey = (party: EventParty): string => party.entityId ?? `name:${foldForMatch(party.text)}`;

/** Only what the texts state as having happened goes on a timeline: plans, possibilities and denials do not. */
function onTimeline(event: StoredEvent): boolean {
  return event.modality === 'asserted' && !event.negated;
}

function reportsOf(members: StoryMemberRow[], events: Map<string, StoredEvent[]>): { reports: ReportedEvent[]; details: Map<ReportedEvent, TimelineReport>; names: Map<string, string> } {
  const reports: ReportedEvent[] = [];
  const details = new Map<ReportedEvent, TimelineReport>();
  const names = new Map<string, string>();
  for (const member of members) {
    const outlet = independentSource(member);
    for (const event of (events.get(member.documentId) ?? []).filter(onTimeline)) {
      for (const party of [...event.actors, ...event.targets, ...(event.place ? [event.place] : []), ...(event.attributedTo ? [event.attributedTo] : [])]) {
        if (!names.has(partyKey(party))) names.set(partyKey(party), party.text);
      }
      const report: ReportedEvent = {
        articleId: member.documentId,
        source: outlet,
        language: member.language,
        copyOf: member.duplicateOf,
        type: event.type,
        subtype: event.subtype,
        actors: event.actors.map(partyKey),
        targets: event.targets.map(partyKey),
        place: event.place ? partyKey(event.place) : null,
        date: event.date,
        figures: event.figures,
        sentence: event.sentence,
        offset: event.offset,
        negated: event.negated,
      };
      reports.push(report);
      details.set(report, {
        articleId: member.documentId,
        outlet,
        language: member.language,
        copyOf: member.duplicateOf,
        date: event.date,
        dateText: event.dateText,
        trigger: event.trigger,
        sentence: event.sentence,
        attributedTo: event.attributedTo ? partyKey(event.attributedTo) : null,
      });
    }
  }
  return { reports, details, names };
}

/**
 * The timeline of a story (by id or unique id prefix), or with `thread` of every story in a thread. A thread
 * is named after one of its stories, so the same id asks for either; the caller says which.
 */
export async function getTimeline(store: ArticleStore, id: string, options: { thread?: boolean } = {}): Promise<Timeline> {
  const story = options.thread ? null : await store.getStory(id);
  const threadStories = options.thread ? await store.listStories({ threadId: id }) : [];
  if (!story && threadStories.length === 0) throw new NewsloomError('NOT_FOUND', `no ${options.thread ? 'thread' : 'story'} ${id}`, id);
  const storyIds = story ? [story.id] : threadStories.map((s) => s.id).sort();
  const members = await store.storyMembers(storyIds);
  const stored = await store.documentEvents(members.map((member) => member.documentId));
  const { reports, details, names } = reportsOf(members, new Map([...stored].map(([documentId, document]) => [documentId, document.events])));
  const entityNames = new Map((await store.entityNames([...names.keys()].filter((key) => !key.startsWith('name:')))).map((entity) => [entity.id, entity.name]));
  const named = (key: string): NamedParty => ({ id: key, name: entityNames.get(key) ?? names.get(key) ?? key });
  return {
    id: story?.id ?? id,
    kind: story ? 'story' : 'thread',
    stories: storyIds,
    articles: members.length,
    events: buildTimeline(reports).map((entry) => ({
      id: entry.id,
      type: entry.type,
      subtype: entry.subtype,
      date: entry.date,
      dateConflicts: entry.dateConflicts,
      actors: entry.actors.map(named),
      targets: entry.targets.map(named),
      places: entry.places.map(named),
      attributedTo: [...new Set(entry.reports.flatMap((report) => details.get(report)?.attributedTo ?? []))].sort().map(named),
      sources: entry.sources,
      languages: entry.languages,
      figureConflicts: entry.figureConflicts,
      reports: entry.reports.map((report) => details.get(report) as TimelineReport),
    })),
  };
}

export interface EventQuery extends Omit<EventFilter, 'entityId'> {
  /** An entity id, or words of one of its names in any script. */
  actor?: string;
}

/** Events of current articles, filtered; an actor given by name is the entity `findEntity` picks for it. */
export async function listEventRows(store: ArticleStore, query: EventQuery): Promise<EventRow[]> {
  const { actor, ...filter } = query;
  if (!actor) return store.listEvents(filter);
  const found = await findEntity(store, actor);
  if (!found.entity) throw new NewsloomError('NOT_FOUND', `no entity called or identified as "${actor}"`, actor);
  return store.listEvents({ ...filter, entityId: found.entity.id });
}
