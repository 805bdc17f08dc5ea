import type { Command } from 'commander';
import { printJson, printLine } from '../output.js';
import { configFor, withStore } from '../store-options.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts of documents, articles, versions and languages in the store')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom stats\n  $ newsloom --data /srv/newsloom stats --json')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const config = configFor(command);
      const stats = await withStore(config, (store) => store.stats());
      if (flags.json) return printJson({ dataDir: config.dataDir, ...stats });
      printLine(`store        ${config.dataDir}`);
      printLine(`articles     ${stats.currentArticles} current (${stats.articles} including ${stats.versions} replaced versions)`);
      printLine(`raw bytes    ${stats.rawBytes}`);
      printLine(`published    ${stats.firstPublished ?? '—'} … ${stats.lastPublished ?? '—'}`);
      printLine(`languages    ${Object.entries(stats.byLanguage).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}`);
      printLine(`origins      ${Object.entries(stats.byOriginKind).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}`);
    });
}
