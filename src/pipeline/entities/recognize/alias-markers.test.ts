import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './recognize-entities.js';

const namesOf = (text: string, language = 'en') =>
  recognizeEntities({ title: null, paragraphs: [text], language }).map((mention) => ({ text: mention.text, name: mention.name }));

describe('names joined by an alias marker', () => {
  it('makes "X, aka Y" one entity under the first name', () => {
    const mentions = namesOf('International efforts of the OSCE, aka Minsk Group, have been fruitless so far.');
    const osce = mentions.find((m) => m.text === 'OSCE');
    const minsk = mentions.find((m) => m.text === 'Minsk Group');
    expect(osce).toBeDefined();
    expect(minsk?.name).toBe(osce?.name);
  });

  it('reads markers in other languages', () => {
    const mentions = namesOf('Прекращение огня обсуждала ОБСЕ, также известная как Минская группа.', 'ru');
    const minsk = mentions.find((m) => m.text.startsWith('Минская'));
    const osce = mentions.find((m) => m.text === 'ОБСЕ');
    expect(minsk).toBeDefined();
    expect(osce).toBeDefined();
    expect(minsk?.name).toBe(osce?.name);
  });

  it('takes the other name a caseless text gives after a marker, and closes the first name before the marker', () => {
    const mentions = namesOf('وكان قائد قوات الدعم السريع محمد حمدان دقلو المعروف باسم حميدتي قد أعلن قبوله بالهدنة.', 'ar');
    expect(mentions).toContainEqual({ text: 'محمد حمدان دقلو', name: 'محمد حمدان دقلو' });
    expect(mentions).toContainEqual({ text: 'حميدتي', name: 'محمد حمدان دقلو' });
    // No name before the marker, no alias after it.
    expect(namesOf('وهو الحي المعروف باسم الحارة القديمة.', 'ar').map((m) => m.text)).toEqual([]);
  });

  it('keeps names apart when only a conjunction joins them', () => {
    const mentions = namesOf('Officials from Armenia and Azerbaijan met the Minsk Group envoys in Moscow on Friday.');
    expect(new Set(mentions.map((m) => m.name)).size).toBe(mentions.length);
  });
});
