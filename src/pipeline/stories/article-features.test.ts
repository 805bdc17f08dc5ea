import { describe, expect, it } from 'vitest';
import { articleText } from '../entities/article-text.js';
import { articleFeatures, LEAD_WEIGHT, MAX_ARTICLE_TERMS, TITLE_WEIGHT } from './article-features.js';
import type { StoryArticle } from './types.js';

const TITLE = 'Ceasefire agreed in Karabakh';
/** Two lead paragraphs (over 400 characters together), then a tail paragraph. */
const PARAGRAPHS = [
  'Armenia and Azerbaijan agreed to a humanitarian ceasefire after talks in Moscow that lasted more than ten hours, the foreign ministers of both countries said early on Saturday morning after leaving the Russian capital.',
  'The truce is meant to allow the exchange of prisoners and of the bodies of those killed, with the mediation of the International Committee of the Red Cross, according to a statement read out by the Russian foreign minister.',
  'Separately, a spokesman in Baku said the government would study the text carefully before commenting further on implementation details.',
];

/** Offset of `needle` in the text mentions index (title, blank line, paragraphs). */
function offsetOf(needle: string): number {
  const offset = articleText({ title: TITLE, paragraphs: PARAGRAPHS }).indexOf(needle);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  return offset;
}

function article(overrides: Partial<StoryArticle> = {}): StoryArticle {
  return { id: 'a1', language: 'en', title: TITLE, paragraphs: PARAGRAPHS, publishedMs: Date.UTC(2020, 9, 10, 12), mentions: [], ...overrides };
}

describe('articleFeatures', () => {
  it('weighs an entity in the title over one in the lead, and one in the lead over one in the last paragraph', () => {
    const features = articleFeatures(
      article({
        mentions: [
          { entityId: 'karabakh', type: 'place', start: offsetOf('Karabakh') },
          { entityId: 'moscow', type: 'place', start: offsetOf('Moscow') },
          { entityId: 'baku', type: 'place', start: offsetOf('Baku') },
        ],
      }),
    );
    expect(features.entities.get('karabakh')).toBeCloseTo(1 + Math.log(TITLE_WEIGHT), 10);
    expect(features.entities.get('moscow')).toBeCloseTo(1 + Math.log(LEAD_WEIGHT), 10);
    expect(features.entities.get('baku')).toBe(1);
    expect(features.entityTypes).toEqual(
      new Map([
        ['karabakh', 'place'],
        ['moscow', 'place'],
        ['baku', 'place'],
      ]),
    );
  });

  it('adds repeated mentions with diminishing returns', () => {
    const baku = offsetOf('Baku');
    const once = articleFeatures(article({ mentions: [{ entityId: 'baku', type: 'place', start: baku }] })).entities.get('baku') ?? 0;
    const thrice = articleFeatures(article({ mentions: [0, 1, 2].map(() => ({ entityId: 'baku', type: 'place' as const, start: baku })) })).entities.get('baku') ?? 0;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(3 * once);
  });

  it('weighs title words over lead words over words of the rest', () => {
    const { terms } = articleFeatures(article());
    expect(terms.get('en:karaba')).toBeCloseTo(1 + Math.log(TITLE_WEIGHT), 10);
    expect(terms.get('en:prison')).toBeCloseTo(1 + Math.log(LEAD_WEIGHT), 10);
    expect(terms.get('en:spokes')).toBe(1);
    // "ceasefire" is in the title and in the lead: 3 + 2.
    expect(terms.get('en:ceasef')).toBeCloseTo(1 + Math.log(TITLE_WEIGHT + LEAD_WEIGHT), 10);
  });

  it('keeps only the heaviest MAX_ARTICLE_TERMS terms', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = Array.from({ length: 300 }, (_, i) => `zq${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}`);
    const features = articleFeatures(article({ title: 'Karabakh', paragraphs: ['x'.repeat(400), words.join(' ')] }));
    expect(features.terms.size).toBe(MAX_ARTICLE_TERMS);
    expect(features.terms.has('en:karaba')).toBe(true);
  });

  it('collects figures and named days from the title and the text', () => {
    const features = articleFeatures(article({ title: 'Quake of 6.1 kills 14', paragraphs: ['The quake struck on October 9.'] }));
    expect(features.numbers).toEqual(new Set(['6.1', '14']));
    expect(features.dates).toEqual(new Set(['2020-10-09']));
  });

  it('handles an article with no title, language, date, text or mentions', () => {
    const features = articleFeatures({ id: 'empty', language: null, title: null, paragraphs: [], publishedMs: null, mentions: [] });
    expect(features).toMatchObject({ id: 'empty', language: null, title: null, publishedMs: null });
    expect([features.entities.size, features.terms.size, features.numbers.size, features.dates.size]).toEqual([0, 0, 0, 0]);
  });
});
