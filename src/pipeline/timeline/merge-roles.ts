/**
 * The actors and targets of an event merged from several reports. Reports may disagree about a party's
 * role (one writes "Rouhani and Putin spoke", another "Rouhani called Putin"); a party is never both
 * actor and target of one event, so each takes the role more reports give it. The reports that name the
 * event's own subtype ("phone call", "visit") decide first: a vaguer report merged into it ("talks
 * between Russia and Armenia" joined to a visit to both) only places parties they do not name. On a tie a
 * party stays a target: "X and Y held talks" does not contradict "X called Y", which says more. When ties
 * would leave no actor at all (one report "X met Y", another "Y met X"), the tied parties act together.
 */
import type { ReportedEvent } from './types.js';

type Votes = Map<string, { actor: number; target: number }>;

function votesOf(reports: readonly Pick<ReportedEvent, 'actors' | 'targets'>[]): Votes {
  const votes: Votes = new Map();
  const vote = (id: string, role: 'actor' | 'target'): void => {
    const entry = votes.get(id) ?? { actor: 0, target: 0 };
    entry[role] += 1;
    votes.set(id, entry);
  };
  for (const report of reports) {
    for (const id of new Set(report.actors)) vote(id, 'actor');
    // A report naming one party as both (an extraction slip) votes for it as actor only.
    for (const id of new Set(report.targets)) if (!report.actors.includes(id)) vote(id, 'target');
  }
  return votes;
}

/**
 * @example mergeRoles([{ subtype: 'phone-call', actors: ['rouhani', 'putin'], targets: [] }, { subtype: 'phone-call', actors: ['rouhani'], targets: ['putin'] }], 'phone-call')
 *   // { actors: ['rouhani'], targets: ['putin'] }
 */
export function mergeRoles(reports: readonly Pick<ReportedEvent, 'actors' | 'targets' | 'subtype'>[], subtype: string | null): { actors: string[]; targets: string[] } {
  const specific = subtype === null ? [] : reports.filter((report) => report.subtype === subtype);
  const votes = votesOf(specific.length > 0 ? specific : reports);
  for (const [id, entry] of votesOf(reports)) if (!votes.has(id)) votes.set(id, entry);
  const actors: string[] = [];
  const targets: string[] = [];
  const tied: string[] = [];
  for (const [id, { actor, target }] of votes) (actor > target ? actors : actor === target ? tied : targets).push(id);
  (actors.length === 0 ? actors : targets).push(...tied);
  return { actors: actors.sort(), targets: targets.sort() };
}
