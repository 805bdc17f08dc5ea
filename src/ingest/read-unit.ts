/** Reading one planned unit. */
import { readFileUnit } from './read-file.js';
import { readUrl } from './read-url.js';
import type { IngestEvent, InputUnit, ReaderContext } from './types.js';

/**
 * Reads one unit into `document`, `failure` and `skipped` events. Never throws for bad
 * input — only for bugs.
 * @example
 * for await (const event of readUnit({ kind: 'file', location: 'a.html', viaFolder: false }, ctx)) {
 *   if (event.type === 'document') store(event.document);
 * }
 */
export async function* readUnit(unit: InputUnit, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  if (unit.kind === 'url') yield* readUrl(unit.location, ctx);
  else yield* readFileUnit(unit, ctx);
}
