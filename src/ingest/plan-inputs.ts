/** Turning command-line arguments into the units to read: URLs, files, and every file below a folder. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '../core/errors.js';
import { fsProblem } from './fs-errors.js';
import { failureEvent } from './ingest-events.js';
import type { IngestEvent, InputUnit } from './types.js';
import { walkFolder } from './walk-folder.js';

export interface InputPlan {
  units: InputUnit[];
  /** Inputs that cannot be read at all (missing paths, unsupported schemes, unlistable folders). */
  events: IngestEvent[];
}

/** "scheme:" of a URL-looking argument; two letters at least, so a Windows drive ("C:\\news") is not one. */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * Expands each input, in the order given: `http(s)://` → a URL unit; a file → a file
 * unit; a folder → a unit per file below it (sorted, hidden entries skipped,
 * `viaFolder: true`, location = the folder as given joined with the relative path).
 * Missing paths and other URL schemes become failure events.
 * @example await planInputs(['news/', 'https://example.org/feed.xml'])
 */
export async function planInputs(inputs: string[]): Promise<InputPlan> {
  const units: InputUnit[] = [];
  const events: IngestEvent[] = [];
  for (const input of inputs) {
    const plan = await planInput(input);
    units.push(...plan.units);
    events.push(...plan.events);
  }
  return { units, events };
}

async function planInput(input: string): Promise<InputPlan> {
  if (/^https?:\/\//i.test(input)) {
    if (!URL.canParse(input)) return failed(input, 'INPUT_UNSUPPORTED', 'not a valid URL');
    return { units: [{ kind: 'url', location: input, viaFolder: false }], events: [] };
  }
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const scheme = SCHEME.exec(input)?.[1];
    if (scheme) {
      return failed(input, 'INPUT_UNSUPPORTED', `${scheme.toLowerCase()}: URLs are not supported (newsloom reads http and https URLs, files and folders)`);
    }
    const problem = fsProblem(error);
    return failed(input, problem.code, problem.reason);
  }
  if (info.isFile()) return { units: [{ kind: 'file', location: input, viaFolder: false }], events: [] };
  if (!info.isDirectory()) return failed(input, 'INPUT_UNSUPPORTED', 'not a file or a folder');

  const listing = await walkFolder(input);
  if (listing.files.length === 0 && listing.events.length === 0) return failed(input, 'INPUT_EMPTY', 'the folder holds no files');
  return {
    units: listing.files.map((relative) => ({ kind: 'file', location: path.join(input, relative), viaFolder: true })),
    events: listing.events,
  };
}

function failed(input: string, code: ErrorCode, reason: string): InputPlan {
  return { units: [], events: [failureEvent(input, code, reason)] };
}
