import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARABIC_NER_FILE, ARABIC_NER_HELDOUT_FILE, readLabelledSentences, scoreArabicNer } from './arabic-ner.js';

const floors = (JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { 'arabic-ner': { development: number; heldOut: number } })['arabic-ner'];

describe('Arabic news names', () => {
  it('reads the labelled files: names at their offsets in the plain sentence', () => {
    const [first] = readLabelledSentences(ARABIC_NER_FILE);
    expect(first?.text.startsWith('ودمشق (أ ف ب)')).toBe(true);
    const names = first?.names.map((name) => first.text.slice(name.start, name.end));
    expect(names).toEqual(['دمشق', 'أ ف ب', 'وزارة الدفاع السورية', 'حماة']);
  });

  it('keeps exact-match F1 on the development and held-out sentences at their floors', () => {
    expect(scoreArabicNer(ARABIC_NER_FILE).f1).toBeGreaterThanOrEqual(floors.development);
    expect(scoreArabicNer(ARABIC_NER_HELDOUT_FILE).f1).toBeGreaterThanOrEqual(floors.heldOut);
  });
});
