import type { Command } from 'commander';
import { NewsloomError } from '../../core/errors.js';
import { getStoryDetail, listStorySummaries, type StoryDetail } from '../../services/story-queries.js';
import { reclusterStore } from '../../services/story-service.js';
import { findEntity } from '../../services/entity-queries.js';
import { wholeNumber } from '../flag-values.js';
import { formatTable, printJson, printLine, truncate } from '../output.js';
import { createProgress } from '../progress.js';
import { configFor, withStore } from '../store-options.js';

function renderStory(story: StoryDetail): string[] {
  const lines = [
    story.label ?? '(no headline)',
    `id ${story.id} · thread ${story.threadId} · ${story.originals} original articles from ${story.sources.length} sources (${story.articles - story.originals} copies) · ${story.firstSeen?.slice(0, 10) ?? '?'} … ${story.lastSeen?.slice(0, 10) ?? '?'}`,
    `languages: ${Object.entries(story.languages).map(([language, n]) => `${language} ${n}`).join(', ')}`,
    `entities: ${story.topEntities.map((e) => `${e.name} (${e.type})`).join(', ')}`,
    '',
    'Articles:',
  ];
  const originals = story.members.filter((m) => m.duplicateOf === null);
  for (const member of originals) {
    lines.push(`  ${member.id}  ${member.language ?? '?'}  ${member.published?.slice(0, 10) ?? '—'}  ${truncate(member.outlet, 24)}  ${truncate(member.title ?? '(untitled)', 70)}`);
    lines.push(`      ${member.source}  — ${member.why}`);
    for (const copy of story.members.filter((m) => m.duplicateOf === member.id)) {
      lines.push(`      └ ${copy.relation ?? 'copy'}: ${copy.id}  ${truncate(copy.outlet, 24)}  ${copy.source}`);
    }
  }
  const orphans = story.members.filter((m) => m.duplicateOf !== null && !originals.some((o) => o.id === m.duplicateOf));
  for (const copy of orphans) lines.push(`  ${copy.id}  ${copy.relation ?? 'copy'} of ${copy.duplicateOf}  ${copy.source}`);
  if (story.thread.length) {
    lines.push('', 'Other stories in this thread:');
    for (const other of story.thread) lines.push(`  ${other.id}  ${other.firstSeen?.slice(0, 10) ?? '?'}  ${other.articles} articles  ${truncate(other.label ?? '(no headline)', 70)}`);
  }
  return lines;
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list stories: articles from any outlet and language about one event, copies folded under their origin')
    .option('-l, --language <code>', 'only stories with an article in this language')
    .option('--prefer <code>', 'label each story with a headline in this language when it has one')
    .option('--since <date>', 'only stories active on or after this date (2020, 2020-10, 2020-10-10)')
    .option('--until <date>', 'only stories that started on or before this date')
    .option('-e, --entity <name>', 'only stories that mention this entity (name in any script, or id)')
    .option('--thread <id>', 'only the stories of one thread')
    .option('--min-articles <n>', 'only stories with at least this many articles', '1')
    .option('--sort <order>', 'recent (default) or size', 'recent')
    .option('-n, --limit <n>', 'at most this many', '30')
    .option('--json', 'print JSON (with each member article and its source path)')
    .addHelpText('after', '\nExamples:\n  $ newsloom stories\n  $ newsloom stories --sort size --min-articles 3\n  $ newsloom stories --entity Rouhani --prefer en --json\n  $ newsloom stories --since 2020-10 --language ar')
    .action(async (flags: { language?: string; prefer?: string; since?: string; until?: string; entity?: string; thread?: string; minArticles: string; sort: string; limit: string; json?: boolean }, command: Command) => {
      if (flags.sort !== 'recent' && flags.sort !== 'size') throw new NewsloomError('BAD_ARGUMENT', `--sort takes recent or size, not "${flags.sort}"`);
      const sort = flags.sort;
      const result = await withStore(configFor(command), async (store) => {
        let entityId: string | undefined;
        if (flags.entity) {
          const found = await findEntity(store, flags.entity);
          if (!found.entity) throw new NewsloomError('NOT_FOUND', `no entity called or identified as "${flags.entity}"`, flags.entity);
          entityId = found.entity.id;
        }
        return listStorySummaries(
          store,
          { language: flags.language, since: flags.since, until: flags.until, entityId, threadId: flags.thread, minArticles: wholeNumber(flags.minArticles, '--min-articles'), sort, limit: wholeNumber(flags.limit, '--limit') },
          flags.prefer,
        );
      });
      if (flags.json) return printJson(result);
      if (result.stories.length === 0) return printLine('No stories match. Ingest articles first: newsloom ingest PATH');
      const rows = result.stories.map((s) => [s.id, String(s.articles), String(s.sources.length), Object.keys(s.languages).join(','), s.firstSeen?.slice(0, 10) ?? '—', truncate(s.label ?? '(no headline)', 60)]);
      for (const line of formatTable([['STORY', 'ARTICLES', 'SOURCES', 'LANGUAGES', 'FROM', 'LABEL'], ...rows])) printLine(line);
      printLine(`${result.stories.length} of ${result.total} stories`);
    });

  program
    .command('story')
    .description('one story: its label, sources, languages, entities, member articles with why each belongs, and its thread')
    .argument('<id>', 'a story id or a unique prefix of one (see `newsloom stories`)')
    .option('--prefer <code>', 'label the story with a headline in this language when it has one')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom story s1a2b3c4\n  $ newsloom story s1a2b3c4 --prefer ar --json')
    .action(async (id: string, flags: { prefer?: string; json?: boolean }, command: Command) => {
      const story = await withStore(configFor(command), (store) => getStoryDetail(store, id, flags.prefer));
      if (!story) throw new NewsloomError('NOT_FOUND', `no story with id "${id}"`, id);
      if (flags.json) return printJson(story);
      for (const line of renderStory(story)) printLine(line);
    });

  program
    .command('recluster')
    .description('rebuild every story, thread and duplicate link from the stored articles, deterministically')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom recluster\n  $ newsloom recluster --json')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const progress = createProgress(!flags.json);
      let shown = 0;
      const summary = await withStore(configFor(command), (store) =>
        reclusterStore(store, {
          onStart: (total) => progress.start(total, 'clustering'),
          onProgress: (done) => {
            for (; shown < done; shown += 1) progress.increment();
          },
        }),
      );
      progress.stop();
      if (flags.json) return printJson(summary);
      printLine(`${summary.articles} articles in ${summary.stories} stories and ${summary.threads} threads`);
    });
}
