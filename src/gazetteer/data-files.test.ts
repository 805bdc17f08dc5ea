import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILES, GENERATED_NOTICE } from './files.js';
import { fileSource } from './read-data-files.js';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

describe('generated data files', () => {
  it('say they are generated and name every source with its license', () => {
    const source = fileSource(DATA_DIR);
    for (const kind of Object.keys(GAZETTEER_FILES) as (keyof typeof GAZETTEER_FILES)[]) {
      const { meta, records } = source.read(kind);
      expect(meta.notice).toBe(GENERATED_NOTICE);
      expect(meta.records).toBe(records.length);
      expect(meta.license).not.toBe('');
      expect(meta.sources.length).toBeGreaterThan(0);
      for (const note of meta.sources) expect(note.license, note.name).not.toBe('');
    }
  });

  it('stay under 8 MB together (the committed-size budget)', () => {
    const bytes = Object.values(GAZETTEER_FILES).reduce((sum, name) => sum + statSync(`${DATA_DIR}${name}`).size, 0);
    expect(bytes).toBeLessThan(8 * 1024 * 1024);
  });
});
