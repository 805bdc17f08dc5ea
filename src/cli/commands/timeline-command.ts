import type { Command } from 'commander';
import { getTimeline, listEventRows, type NamedParty, type Timeline } from '../../services/timeline-service.js';
import { dateBound, wholeNumber } from '../flag-values.js';
import { formatTable, printJson, printLine, truncate } from '../output.js';
import { configFor, withStore } from '../store-options.js';

const names = (parties: NamedParty[]): string => parties.map((party) => party.name).join(', ');

function renderTimeline(timeline: Timeline): string[] {
  const lines = [`${timeline.kind} ${timeline.id} · ${timeline.stories.length} stories · ${timeline.articles} articles · ${timeline.events.length} events`, ''];
  for (const event of timeline.events) {
    const kind = event.subtype ? `${event.type}/${event.subtype}` : event.type;
    const who = [names(event.actors), event.targets.length ? `→ ${names(event.targets)}` : '', event.places.length ? `@ ${names(event.places)}` : ''].filter(Boolean).join(' ');
    lines.push(`${event.date ?? 'undated   '}  ${kind}  ${who}`);
    lines.push(`    ${event.sources.length} sources (${event.sources.join(', ')}) in ${event.languages.join(', ')}`);
    if (event.dateConflicts.length) lines.push(`    ! sources disagree on the date: ${event.dateConflicts.map((claim) => `${claim.date} (${claim.articles.length})`).join(' vs ')}`);
    if (event.figureConflicts.length) lines.push(`    ! sources disagree on figures: ${event.figureConflicts.map((set) => set.join('/')).join(' vs ')}`);
    lines.push(`    “${truncate(event.reports[0]?.sentence.replace(/\s+/gu, ' ') ?? '', 110)}”`);
  }
  if (timeline.events.length === 0) lines.push('No dated or undated events were found in these articles.');
  return lines;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('the events of a story or a thread in date order, merged across articles and languages, with their sources')
    .argument('<id>', 'a story id or unique prefix (see `newsloom stories`); with --thread, a thread id')
    .option('--thread', 'the timeline of the whole thread the id names (every story in it)')
    .option('--json', 'print JSON (every report of every event, with its sentence)')
    .addHelpText('after', '\nExamples:\n  $ newsloom timeline s1a2b3c4\n  $ newsloom timeline --thread s1a2b3c4 --json')
    .action(async (id: string, flags: { thread?: boolean; json?: boolean }, command: Command) => {
      const timeline = await withStore(configFor(command), (store) => getTimeline(store, id, { thread: flags.thread }));
      if (flags.json) return printJson(timeline);
      for (const line of renderTimeline(timeline)) printLine(line);
    });

  program
    .command('events')
    .description('list extracted events (who did what to whom, where and when) across all articles')
    .option('-a, --actor <name>', 'only events this entity takes part in (name in any script, or id)')
    .option('-t, --type <type>', 'only this event type (consult, statement, fight, agree, …)')
    .option('--since <date>', 'only events on or after this date (2020, 2020-10, 2020-10-10)')
    .option('--until <date>', 'only events on or before this date')
    .option('-l, --language <code>', 'only events reported in this language')
    .option('-n, --limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom events --actor Rouhani\n  $ newsloom events --type consult --since 2020-10 --json\n  $ newsloom events --actor روحاني --language ar')
    .action(async (flags: { actor?: string; type?: string; since?: string; until?: string; language?: string; limit: string; offset: string; json?: boolean }, command: Command) => {
      const query = {
        actor: flags.actor,
        type: flags.type,
        since: dateBound(flags.since, '--since'),
        until: dateBound(flags.until, '--until'),
        language: flags.language,
        limit: wholeNumber(flags.limit, '--limit'),
        offset: wholeNumber(flags.offset, '--offset'),
      };
      const rows = await withStore(configFor(command), (store) => listEventRows(store, query));
      if (flags.json) return printJson({ events: rows });
      if (rows.length === 0) return printLine('No events match.');
      const table = rows.map((row) => [
        row.date ?? '—',
        row.subtype ? `${row.type}/${row.subtype}` : row.type,
        truncate(row.actors.map((p) => p.text).join(', ') || '—', 30),
        truncate(row.targets.map((p) => p.text).join(', ') || '—', 24),
        row.language ?? '?',
        truncate(row.sentence.replace(/\s+/gu, ' '), 60),
      ]);
      for (const line of formatTable([['DATE', 'TYPE', 'ACTORS', 'TARGETS', 'LANG', 'SENTENCE'], ...table])) printLine(line);
    });
}
