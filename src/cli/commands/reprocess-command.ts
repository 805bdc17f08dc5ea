import type { Command } from 'commander';
import { reprocessStore } from '../../services/reprocess-service.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { createProgress } from '../progress.js';
import { configFor, withStore } from '../store-options.js';

export function registerReprocess(program: Command, setExit: (code: number) => void): void {
  program
    .command('reprocess')
    .description('re-run the current extraction pipeline over every stored raw document')
    .option('--stale-only', 'only documents extracted by an older pipeline version')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExamples:\n  $ newsloom reprocess\n  $ newsloom reprocess --stale-only --json')
    .action(async (flags: { staleOnly?: boolean; json?: boolean }, command: Command) => {
      const config = configFor(command);
      const progress = createProgress(!flags.json);
      const summary = await withStore(config, async (store) => {
        progress.start((await store.stats()).documents, 'reprocessing');
        let seen = 0;
        return reprocessStore(store, {
          staleOnly: flags.staleOnly,
          batchSize: config.batchSize,
          onProgress: (done) => {
            for (; seen < done; seen += 1) progress.increment();
          },
        });
      });
      progress.stop();
      if (flags.json) printJson(summary);
      else {
        for (const failure of summary.failures) printLine(`failed   ${failure.id}: ${failure.reason}`);
        printLine(`${summary.updated} re-extracted, ${summary.skippedCurrent} already current, ${summary.failed} failed (${summary.documents} documents)`);
      }
      setExit(summary.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK);
    });
}
