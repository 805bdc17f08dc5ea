import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './index.js';
import type { Span } from './span.js';
import { unlinkStrayTowns } from './stray-towns.js';

function place(placeId: string, country: string, strength = 1): Span {
  return { start: 0, end: 1, charStart: 0, charEnd: 1, type: 'place', evidence: ['gazetteer:city'], strength, placeId, country, name: placeId };
}

describe('unlinkStrayTowns', () => {
  // 730565 is Karlovo (Bulgaria, 20k people); 315368 Erzurum and 315808 Elazığ (Turkey).
  it('unlinks a small town abroad among places that agree on another country', () => {
    const spans = unlinkStrayTowns([place('730565', 'BG'), place('315368', 'TR'), place('315808', 'TR')]);
    expect(spans[0]).toMatchObject({ type: 'place', evidence: ['gazetteer:city', 'unlinked:other-country-around'] });
    expect(spans[0]?.placeId).toBeUndefined();
    expect(spans[1]?.placeId).toBe('315368');
  });

  it('keeps the town when the document names its country too, or when nothing agrees on another', () => {
    expect(unlinkStrayTowns([place('730565', 'BG'), place('BG', 'BG'), place('315368', 'TR'), place('315808', 'TR')])[0]?.placeId).toBe('730565');
    expect(unlinkStrayTowns([place('730565', 'BG'), place('315368', 'TR')])[0]?.placeId).toBe('730565');
  });

  it('keeps big cities and places typed by stronger evidence', () => {
    expect(unlinkStrayTowns([place('315368', 'TR'), place('730565', 'BG'), place('727011', 'BG')])[0]?.placeId).toBe('315368');
    expect(unlinkStrayTowns([place('730565', 'BG', 2), place('315368', 'TR'), place('315808', 'TR')])[0]?.placeId).toBe('730565');
  });

  it('in a whole article: a Turkish district the gazetteer lacks is not the Bulgarian town of the same Turkish name', () => {
    const text = 'Ein Erdbeben erschütterte am Mittwoch die Provinz Bingöl. Das Zentrum lag bei Karlıova, auch in Muş, Erzurum und Elazığ bebte die Erde.';
    const karliova = recognizeEntities({ title: null, paragraphs: [text], language: 'de' }).find((mention) => mention.text === 'Karlıova');
    expect(karliova).toMatchObject({ type: 'place', name: 'Karlıova' });
    expect(karliova?.placeId).toBeUndefined();
  });
});
