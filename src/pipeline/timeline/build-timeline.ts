/**
 * Builds a timeline from the events of a story's (or a thread's) articles:
 * reports of the same event are merged, whatever their language, and each
 * event keeps every report, the independent sources and languages behind it,
 * and any disagreement between reports about its date or figures.
 * Deterministic: the result does not depend on the order of the input.
 */
import { dayOf } from './compare-dates.js';
import { mergeRoles } from './merge-roles.js';
import { participantsOf, sameEvent, type EventSummary } from './same-event.js';
import type { DateClaim, ReportedEvent, TimelineEntry } from './types.js';

interface Group {
  summary: EventSummary;
  reports: ReportedEvent[];
}

function byArticleOrder(a: ReportedEvent, b: ReportedEvent): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.offset - b.offset;
}

/** The date most reports give at the finest granularity any gives; the earliest on a tie. */
function consensusDate(reports: ReportedEvent[]): { date: string | null; conflicts: DateClaim[] } {
  const dated = reports.filter((report): report is ReportedEvent & { date: string } => report.date !== null);
  if (dated.length === 0) return { date: null, conflicts: [] };
  const finest = Math.max(...dated.map((report) => dayOf(report.date).length));
  const claims = new Map<string, string[]>();
  for (const report of dated) {
    const day = dayOf(report.date);
    if (day.length !== finest) continue;
    claims.set(day, [...(claims.get(day) ?? []), report.articleId]);
  }
  const ranked = [...claims].sort((a, b) => new Set(b[1]).size - new Set(a[1]).size || (a[0] < b[0] ? -1 : 1));
  const conflicts = ranked.length > 1 ? ranked.map(([date, articles]) => ({ date, articles: [...new Set(articles)].sort() })) : [];
  return { date: ranked[0]?.[0] ?? null, conflicts };
}

/** Outlets that report the event independently: a copy counts under its origin, once. */
function independentSources(reports: ReportedEvent[]): string[] {
  const byArticle = new Map(reports.map((report) => [report.articleId, report.source]));
  const sources = new Set<string>();
  for (const report of reports) sources.add((report.copyOf !== null ? byArticle.get(report.copyOf) : undefined) ?? report.source);
  return [...sources].sort();
}

/** Sets of figures reported for one event that share nothing: "12 killed" against "15 killed". */
function figureConflicts(reports: ReportedEvent[]): string[][] {
  const sets = new Map<string, string[]>();
  for (const report of reports) {
    if (report.figures.length === 0 || report.copyOf !== null) continue;
    const sorted = [...new Set(report.figures)].sort();
    sets.set(sorted.join('|'), sorted);
  }
  const distinct = [...sets.values()];
  const disjoint = distinct.some((a, i) => distinct.some((b, j) => j > i && !a.some((figure) => b.includes(figure))));
  return disjoint ? distinct.sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1)) : [];
}

function toEntry(group: Group): TimelineEntry {
  const reports = [...group.reports].sort(byArticleOrder);
  const first = reports[0] as ReportedEvent;
  const { date, conflicts } = consensusDate(reports);
  const unique = (values: string[]): string[] => [...new Set(values)].sort();
  const subtype = reports.find((report) => report.subtype !== null)?.subtype ?? null;
  return {
    id: `${first.articleId}:${first.offset}`,
    type: group.summary.type,
    subtype,
    date,
    dateConflicts: conflicts,
    ...mergeRoles(reports, subtype),
    places: unique(reports.flatMap((report) => (report.place ? [report.place] : []))),
    sources: independentSources(reports),
    languages: unique(reports.map((report) => report.language ?? 'und')),
    reports,
    figureConflicts: figureConflicts(reports),
  };
}

/**
 * Reports are merged most-informative first (dated, with the most parties), so a vague report joins the
 * event its details fit rather than starting one; the order of articles never changes the result.
 */
export function buildTimeline(events: readonly ReportedEvent[]): TimelineEntry[] {
  const ordered = [...events].sort(
    (a, b) => Number(b.date !== null) - Number(a.date !== null) || participantsOf(b).size - participantsOf(a).size || byArticleOrder(a, b),
  );
  const groups: Group[] = [];
  for (const report of ordered) {
    const group = groups.find((candidate) => sameEvent(candidate.summary, report));
    if (group) {
      group.reports.push(report);
      if (report.place) group.summary.places.add(report.place);
      if (report.date) group.summary.dates.push(report.date);
      if (group.summary.subtype === null) group.summary.subtype = report.subtype;
      continue;
    }
    groups.push({
      summary: {
        type: report.type,
        subtype: report.subtype,
        negated: report.negated,
        participants: participantsOf(report),
        places: new Set(report.place ? [report.place] : []),
        dates: report.date ? [report.date] : [],
      },
      reports: [report],
    });
  }
  return groups.map(toEntry).sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1));
}
