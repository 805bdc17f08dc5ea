/** Listing every file below a folder, in an order that does not depend on the file system. */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsProblem } from './fs-errors.js';
import { failureEvent } from './ingest-events.js';
import type { IngestEvent } from './types.js';

export interface FolderListing {
  /** Paths relative to the folder, '/'-separated, sorted by code unit (not locale) so every machine agrees. */
  files: string[];
  /** Sub-folders that could not be listed. */
  events: IngestEvent[];
}

/**
 * Every regular file below `folder`, hidden files and folders (names starting with '.')
 * left out. Symbolic links are followed, each real folder visited once (no link loops).
 */
export async function walkFolder(folder: string): Promise<FolderListing> {
  const files: string[] = [];
  const events: IngestEvent[] = [];
  const visited = new Set<string>();

  async function visit(relative: string): Promise<void> {
    const location = path.join(folder, relative);
    let names: string[];
    try {
      const real = await realpath(location);
      if (visited.has(real)) return;
      visited.add(real);
      names = await readdir(location);
    } catch (error) {
      const problem = fsProblem(error);
      events.push(failureEvent(location, problem.code, problem.reason));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = relative ? `${relative}/${name}` : name;
      const info = await stat(path.join(folder, child)).catch(() => null);
      // A dangling link or a file removed meanwhile is not worth a failure: it is simply not there.
      if (info?.isDirectory()) await visit(child);
      else if (info?.isFile()) files.push(child);
    }
  }

  await visit('');
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, events };
}
