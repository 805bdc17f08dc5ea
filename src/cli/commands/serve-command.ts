import type { Command } from 'commander';
import { createApp } from '../../http/create-app.js';
import { isLoopback } from '../../http/host-guard.js';
import { loadAppConfig } from '../../http/server-config.js';
import { startServer } from '../../http/start-server.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-article-store.js';
import { printError, printLine } from '../output.js';
import { globalOptions } from '../store-options.js';
import { VERSION } from '../version.js';

interface ServeFlags {
  host?: string;
  port?: string;
  token?: string;
  maxUploadBytes?: string;
}

const numberOrUndefined = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

/** Resolves on the first SIGINT or SIGTERM; a second one while shutting down ends the process at once. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      const hurry = (): never => process.exit(130);
      process.once('SIGINT', hurry);
      process.once('SIGTERM', hurry);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api) and the web application over the store, for a browser')
    .option('--host <address>', 'address to listen on (default 127.0.0.1, or $NEWSLOOM_HOST); 0.0.0.0 listens on every network')
    .option('-p, --port <n>', 'port to listen on (default 8787, or $NEWSLOOM_PORT; 0 picks a free one)')
    .option('--token <token>', 'token every write (upload) must send as "Authorization: Bearer <token>", at least 16 characters; $NEWSLOOM_TOKEN keeps it out of the process list')
    .option('--max-upload-bytes <n>', 'largest upload accepted, in bytes (default 20 MiB, or $NEWSLOOM_MAX_UPLOAD_BYTES)')
    .addHelpText(
      'after',
      `
Reading is open to whoever reaches the address; writes need the token and are refused when none is set.
The web application is served from dist/web/ once built (npm install builds it; npm run build:web rebuilds it).
Stop with Ctrl-C: running requests and uploads finish, then the store is closed.

Examples:
  $ newsloom serve
  $ NEWSLOOM_TOKEN=$(openssl rand -hex 24) newsloom serve --port 8080
  $ newsloom --data /srv/newsloom serve --host 0.0.0.0`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const config = loadAppConfig(
        { dataDir: globalOptions(command).data },
        { host: flags.host, port: numberOrUndefined(flags.port), token: flags.token, maxUploadBytes: numberOrUndefined(flags.maxUploadBytes) },
      );
      const store = openSqliteStore(config.dataDir);
      const newsloom = createApp({ store, config, version: VERSION });
      let server;
      try {
        server = await startServer(newsloom, { host: config.host, port: config.port });
      } catch (error) {
        await store.close();
        throw error;
      }
      const stopped = untilStopped();
      printLine(`newsloom ${VERSION}: serving the store in ${config.dataDir}`);
      printLine(`API: ${server.url}api/ (described at ${server.url}api/openapi.json)`);
      printLine(config.token ? 'Writes (uploads) need the token.' : 'Writes (uploads) are disabled: start with --token or NEWSLOOM_TOKEN to allow them.');
      if (!isLoopback(config.host)) printError(`warning: listening on ${config.host}: anyone who can reach this address can read the store`);
      printLine(`Open ${server.url}`);
      const signal = await stopped;
      printError(`newsloom serve: ${signal}: finishing open requests, then closing the store`);
      await server.close();
      await store.close();
    });
}
