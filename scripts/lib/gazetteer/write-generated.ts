/**
 * Writes a generated data file: the header first, then one record per line so
 * a regeneration reads as a line diff.
 */
import { writeFileSync } from 'node:fs';
import { GAZETTEER_FORMAT, GENERATED_NOTICE } from '../../../src/gazetteer/files.js';
import type { GeneratedMeta } from '../../../src/gazetteer/types.js';

export function writeGeneratedJson(path: string, meta: Omit<GeneratedMeta, 'notice' | 'format' | 'records'>, records: readonly unknown[]): number {
  const header: GeneratedMeta = { notice: GENERATED_NOTICE, format: GAZETTEER_FORMAT, ...meta, records: records.length };
  const text = `{"meta":${JSON.stringify(header, null, 1)},\n"records":[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
