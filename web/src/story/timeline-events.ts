/**
 * Turns a story's timeline into rows the page shows: the date at the precision known, what happened (the
 * event type and the sentence that reports it), who took part, and corroboration (independent sources and
 * languages). Disagreements between sources on the date or on figures are spelled out, not resolved.
 */
import type { EntityType, EventParty, EventReport, TimelineEvent } from '../api/types.js';

export interface TimelineParty {
  /** Entity id to link to; null for a name no entity was linked to. */
  entityId: string | null;
  name: string;
  type: EntityType;
  role: 'actor' | 'target' | 'place';
}

export interface TimelineRow {
  key: string;
  date: string | null;
  /** The words the date was read from in the first report that gives one ("on Saturday"). */
  dateText: string | null;
  /** "consult: phone call". */
  kind: string;
  /** The first original report's sentence: what a reader sees as the event. */
  lead: EventReport | null;
  parties: TimelineParty[];
  sources: string[];
  languages: string[];
  reports: EventReport[];
  conflicts: string[];
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'other'];

/** An entity id's type from its prefix ("person:…"); null for an unlinked name ("name:…"). */
function entityTypeOf(id: string): EntityType | null {
  const prefix = id.split(':')[0] as EntityType;
  return ENTITY_TYPES.includes(prefix) ? prefix : null;
}

function party(item: EventParty, role: TimelineParty['role']): TimelineParty {
  const type = entityTypeOf(item.id);
  return { entityId: type ? item.id : null, name: item.name, type: type ?? (role === 'place' ? 'place' : 'other'), role };
}

/** Each participant once, in its first role: reports merged into one event can name someone as actor and as target. */
function uniqueParties(parties: TimelineParty[]): TimelineParty[] {
  const seen = new Set<string>();
  return parties.filter((item) => {
    const key = item.entityId ?? `name:${item.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function words(value: string): string {
  return value.replace(/[-_]/g, ' ');
}

function conflictsOf(event: TimelineEvent): string[] {
  const conflicts: string[] = [];
  if (event.dateConflicts.length > 1) {
    const claims = event.dateConflicts.map((claim) => `${claim.date} (${claim.articles.length} article${claim.articles.length === 1 ? '' : 's'})`);
    conflicts.push(`date: ${claims.join(' vs ')}`);
  }
  for (const figures of event.figureConflicts) if (figures.length > 1) conflicts.push(`figures: ${figures.join(' vs ')}`);
  return conflicts;
}

/** Rows in date order; undated events last, in the order the timeline gives them. */
export function timelineRows(events: readonly TimelineEvent[]): TimelineRow[] {
  const rows = events.map((event): TimelineRow => {
    const reports = event.reports ?? [];
    const lead = reports.find((report) => !report.copyOf) ?? reports[0] ?? null;
    return {
      key: event.id,
      date: event.date,
      dateText: reports.find((report) => report.date === event.date && report.dateText)?.dateText ?? null,
      kind: event.subtype ? `${words(event.type)}: ${words(event.subtype)}` : words(event.type),
      lead,
      parties: uniqueParties([
        ...(event.actors ?? []).map((item) => party(item, 'actor')),
        ...(event.targets ?? []).map((item) => party(item, 'target')),
        ...(event.places ?? []).map((item) => party(item, 'place')),
      ]),
      sources: event.sources ?? [],
      languages: event.languages ?? [],
      reports,
      conflicts: conflictsOf(event),
    };
  });
  const order = new Map(rows.map((row, index) => [row, index]));
  return rows.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || order.get(a)! - order.get(b)!);
}
