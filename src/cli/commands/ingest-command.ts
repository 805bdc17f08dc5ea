import type { Command } from 'commander';
import { ingestInputs, type IngestSummary } from '../../services/ingest-service.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { createProgress } from '../progress.js';
import { configFor, withStore } from '../store-options.js';

interface IngestFlags {
  json?: boolean;
  quiet?: boolean;
  fetch?: boolean;
  maxBytes?: number;
  verbose?: boolean;
}

export function summaryLine(summary: IngestSummary, dataDir: string): string {
  return (
    `${summary.new} new, ${summary.unchanged} unchanged, ${summary.newVersions} new versions, ${summary.failed} failed` +
    (summary.skipped ? `, ${summary.skipped} skipped` : '') +
    ` (${summary.documents} documents from ${summary.inputs} input${summary.inputs === 1 ? '' : 's'}) in ${dataDir}`
  );
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('ingest files, folders, URLs, feeds (RSS, Atom, RDF, JSON Feed), OPML lists and WARC archives')
    .argument('<inputs...>', 'paths (files or folders, searched recursively) and http(s) URLs')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'print only failures and the summary')
    .option('-v, --verbose', 'also list skipped files')
    .option('--no-fetch', 'never fetch linked pages for feed items without full content')
    .option('--max-bytes <n>', 'largest single document accepted, in bytes', (value) => Number(value))
    .addHelpText(
      'after',
      `
Formats: .txt .html .htm (and .gz of each), .json/.jsonl records {url,title,text|html,published,source,language},
RSS 2.0, Atom, RDF and JSON Feed files or URLs, OPML feed lists, WARC and WARC.gz archives (e.g. CC-NEWS).
Ingesting the same document again changes nothing; a changed page at a known URL is stored as a new version.

Examples:
  $ newsloom ingest ./articles
  $ newsloom ingest feed.rss https://example.com/news/story.html
  $ newsloom ingest CC-NEWS-20201010.warc.gz --json
  $ newsloom --data /srv/newsloom ingest subscriptions.opml`,
    )
    .action(async (inputs: string[], flags: IngestFlags, command: Command) => {
      const config = configFor(command, { maxDocumentBytes: flags.maxBytes, fetchLinkedPages: flags.fetch });
      const progress = createProgress(!flags.json && !flags.quiet);
      const summary = await withStore(config, (store) =>
        ingestInputs(store, inputs, {
          config,
          observer: {
            onPlanned: (units) => progress.start(units.length, 'ingesting'),
            onUnitDone: () => progress.increment(),
            onFailure: (problem) => flags.json || progress.log(`failed   ${problem.subject}: ${problem.reason}`),
            onSkipped: (problem) => flags.verbose && !flags.json && progress.log(`skipped  ${problem.subject}: ${problem.reason}`),
          },
        }),
      );
      progress.stop();
      if (flags.json) printJson({ dataDir: config.dataDir, ...summary });
      else printLine(summaryLine(summary, config.dataDir));
      setExit(summary.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK);
    });
}
