// Runs the CLI from the TypeScript sources (tests use this so they never depend on a stale dist/).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
