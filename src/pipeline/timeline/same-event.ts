/**
 * Whether a report describes an event already on the timeline. Two reports
 * are one event when they have the same type, the same people and parties,
 * and dates that can agree. Parties matter most: two phone calls of Rouhani
 * the same week, one with Aliyev and one with Putin, share a type, a caller
 * and nearly a date, and only the other party tells them apart.
 */
import { compatibleDates } from './compare-dates.js';
import type { ReportedEvent } from './types.js';

/** Reports of one event may date it a day apart (time zones, late reporting); more is another event. */
export const DATE_TOLERANCE_DAYS = 1;

/** What a timeline entry has gathered from its reports so far. */
export interface EventSummary {
  type: string;
  subtype: string | null;
  negated: boolean;
  /**
   * The parties of the entry's first (most informative) report. Later reports are compared with these, not
   * with everything gathered so far: a growing set would agree with more and more events and chain them.
   */
  participants: Set<string>;
  places: Set<string>;
  dates: string[];
}

export function participantsOf(report: ReportedEvent): Set<string> {
  return new Set([...report.actors, ...report.targets]);
}

/**
 * Parties agree when every party of the side that names fewer is named by the other ("Rouhani" alone fits
 * "Rouhani and Putin"), or at least two are shared (a report may add a third party).
 */
export function partiesAgree(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const id of small) if (large.has(id)) shared += 1;
  return shared === small.size || shared >= 2;
}

export function sameEvent(summary: EventSummary, report: ReportedEvent): boolean {
  if (summary.type !== report.type || summary.negated !== report.negated) return false;
  if (summary.subtype !== null && report.subtype !== null && summary.subtype !== report.subtype) return false;
  if (!summary.dates.every((date) => compatibleDates(date, report.date, DATE_TOLERANCE_DAYS))) return false;
  const parties = participantsOf(report);
  if (summary.participants.size > 0 && parties.size > 0) return partiesAgree(summary.participants, parties);
  // Without parties on one side only a stated date and place can tie the reports together.
  const placeAgrees = report.place === null || summary.places.size === 0 || summary.places.has(report.place);
  return report.date !== null && summary.dates.length > 0 && placeAgrees;
}
