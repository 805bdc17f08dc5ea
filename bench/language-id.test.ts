import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { loadLanguageIdTexts, scoreLanguageId } from './language-id.js';

interface Floors {
  accuracy: number;
  plainWordSentencesAccuracy: number;
}
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<string, Floors | undefined>;
const floors = baseline['language-id'] ?? { accuracy: 1, plainWordSentencesAccuracy: 1 };

describe.runIf(sharedDataAvailable('language-id benchmark'))('language identification benchmark', () => {
  it(`keeps accuracy on short strings ≥ ${floors.accuracy} (WikiANN fragments + fixtures)`, () => {
    const result = scoreLanguageId(loadLanguageIdTexts(SHARED_DIR));
    expect(result.texts).toBeGreaterThanOrEqual(1500 + 9 * 20);
    expect(result.accuracy).toBeGreaterThanOrEqual(floors.accuracy);
  }, 120_000);

  it(`keeps accuracy on sentence-like strings ≥ ${floors.plainWordSentencesAccuracy}`, () => {
    expect(scoreLanguageId(loadLanguageIdTexts(SHARED_DIR, true)).accuracy).toBeGreaterThanOrEqual(floors.plainWordSentencesAccuracy);
  }, 120_000);
});

describe('language identification fixtures', () => {
  it('have at least 20 texts for each language WikiANN lacks', async () => {
    const { readFixtureTexts } = await import('./language-id.js');
    const counts = new Map<string, number>();
    for (const text of readFixtureTexts()) counts.set(text.language, (counts.get(text.language) ?? 0) + 1);
    for (const language of ['ar', 'fa', 'ru', 'uk', 'tr', 'es', 'it', 'hy', 'ur']) expect(counts.get(language) ?? 0, language).toBeGreaterThanOrEqual(20);
  });
});
