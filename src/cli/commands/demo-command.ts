import type { Command } from 'commander';
import { DEFAULT_DEMO_DIR, runDemo } from '../../services/demo-service.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../exit-codes.js';
import { formatTable, printJson, printLine, truncate } from '../output.js';
import { listStorySummaries } from '../../services/story-queries.js';
import { createProgress } from '../progress.js';
import { globalOptions, configFor } from '../store-options.js';
import { summaryLine } from './ingest-command.js';

/** Where `newsloom serve` listens by default. */
const DEMO_URL = 'http://127.0.0.1:8787/';

export function registerDemo(program: Command, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('ingest the bundled multilingual example corpus into a fresh store and summarise it')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
The demo store is ${DEFAULT_DEMO_DIR} unless --data is given; it is reset on every run
(only a directory the demo created itself is ever reset).

Examples:
  $ newsloom demo
  $ newsloom --data ~/try-newsloom demo`,
    )
    .action(async (flags: { json?: boolean }, command: Command) => {
      const config = configFor(command, { dataDir: globalOptions(command).data ?? DEFAULT_DEMO_DIR });
      const progress = createProgress(!flags.json);
      const { summary, store, corpus } = await runDemo(config, {
        onPlanned: (units) => progress.start(units.length, 'ingesting the example corpus'),
        onUnitDone: () => progress.increment(),
        onFailure: (problem) => flags.json || progress.log(`failed   ${problem.subject}: ${problem.reason}`),
      });
      progress.stop();
      try {
        const stats = await store.stats();
        const articles = await store.listArticles({});
        const entities = await store.listEntities({ limit: 12 });
        const { stories, total: storyCount } = await listStorySummaries(store, { sort: 'size', minArticles: 2, limit: 8 }, 'en');
        if (flags.json) {
          printJson({ dataDir: config.dataDir, corpus, summary, stats, articles: articles.map(({ id, language, title, published, source }) => ({ id, language, title, published, source })), entities, stories });
        } else {
          printLine(`newsloom demo: ingested the bundled example corpus`);
          printLine(summaryLine(summary, config.dataDir));
          printLine(`languages: ${Object.entries(stats.byLanguage).map(([k, n]) => `${k} ${n}`).join(', ')}`);
          printLine('');
          const rows = articles.map((a) => [a.id.slice(0, 8), a.language ?? '?', a.published?.value.slice(0, 10) ?? '—', truncate(a.title ?? a.paragraphs[0] ?? '', 72)]);
          for (const line of formatTable([['ID', 'LANG', 'PUBLISHED', 'TITLE'], ...rows])) printLine(line);
          printLine('');
          printLine(`Most mentioned: ${entities.map((e) => `${e.name} (${e.type}, ${e.documents} articles)`).join(', ')}`);
          printLine('');
          printLine(`Stories with several articles (${storyCount}):`);
          const storyRows = stories.map((s) => [s.id, String(s.articles), String(s.sources.length), Object.keys(s.languages).join(','), truncate(s.label ?? '(no headline)', 60)]);
          for (const line of formatTable([['STORY', 'ARTICLES', 'SOURCES', 'LANGUAGES', 'LABEL'], ...storyRows])) printLine(line);
          printLine('');
          printLine('Next:');
          printLine(`  npx newsloom --data ${config.dataDir} story ${stories[0]?.id ?? 'ID'}`);
          printLine(`  npx newsloom --data ${config.dataDir} articles --language ar`);
          printLine(`  npx newsloom --data ${config.dataDir} show ${articles[0]?.id.slice(0, 8) ?? 'ID'}`);
          printLine(`  npx newsloom --data ${config.dataDir} entity ${entities.find((e) => e.type === 'person')?.name.split(' ').at(-1) ?? 'Erdogan'}`);
          printLine(`  npx newsloom --data ${config.dataDir} timeline ${stories[0]?.id ?? 'ID'}`);
          printLine(`  npx newsloom ingest ../path/to/your/articles`);
          printLine('');
          // The last line is where to look next: the web application over this store.
          printLine(`In the browser: npx newsloom --data ${config.dataDir} serve, then open ${DEMO_URL}`);
        }
      } finally {
        await store.close();
      }
      setExit(summary.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK);
    });
}
