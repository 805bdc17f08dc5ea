#!/usr/bin/env node
// The newsloom command. The TypeScript sources are compiled to dist/ by `npm install` (prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('newsloom: the compiled program is missing (dist/). Run `npm install` or `npm run build` in the newsloom folder.');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
