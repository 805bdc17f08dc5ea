/**
 * The newsloom command line: a thin layer over the services. It parses
 * arguments, calls one service, prints the result, and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { describeError, isNewsloomError } from '../core/errors.js';
import { registerArticles } from './commands/articles-command.js';
import { registerDemo } from './commands/demo-command.js';
import { registerEntities } from './commands/entities-command.js';
import { registerExtract } from './commands/extract-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerReprocess } from './commands/reprocess-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerShow } from './commands/show-command.js';
import { registerStats } from './commands/stats-command.js';
import { registerStories } from './commands/stories-command.js';
import { registerTimeline } from './commands/timeline-command.js';
import { EXIT_BUG, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import { printError } from './output.js';
import { VERSION } from './version.js';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('newsloom')
    .description('Turn a stream of news articles from many outlets and languages into stories.')
    .version(VERSION, '-V, --version')
    .option('-d, --data <dir>', 'data directory of the store (default ./newsloom-data, or $NEWSLOOM_DATA)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ newsloom demo                          ingest the bundled example corpus and summarise it
  $ newsloom ingest ./articles feed.rss    ingest files, folders, feeds, URLs, WARC archives
  $ newsloom articles --language ar        list articles
  $ newsloom show 3f2a9c1e                 one article with its removed boilerplate
  $ newsloom extract page.html --json      extract one file without storing it
  $ newsloom serve                         the API and the web application, at http://127.0.0.1:8787/`,
    );
  registerDemo(program, setExit);
  registerIngest(program, setExit);
  registerArticles(program);
  registerShow(program);
  registerExtract(program);
  registerEntities(program);
  registerReprocess(program, setExit);
  registerStories(program);
  registerTimeline(program);
  registerStats(program);
  registerServe(program);
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are normal exits; commander has already printed the message.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (isNewsloomError(error)) {
      printError(`newsloom: ${error.subject ? `${error.subject}: ` : ''}${error.message}`);
      return exitCodeFor(error.code);
    }
    printError(`newsloom: internal error: ${describeError(error)}`);
    if (process.env.NEWSLOOM_DEBUG) printError(String((error as Error).stack));
    else printError('(this is a bug; set NEWSLOOM_DEBUG=1 for details and report it)');
    return EXIT_BUG;
  }
}
