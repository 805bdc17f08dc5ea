import { describe, expect, it } from 'vitest';
import { capitalisedNouns } from './common-nouns.js';
import { mentions } from './test-support/mentions.js';

const found = mentions;

describe('common nouns of languages that capitalise them', () => {
  it('knows German nouns in every case and number, and none for languages that do not capitalise nouns', () => {
    const nouns = capitalisedNouns('de');
    for (const form of ['menschen', 'trummern', 'kilometern', 'erdbeben']) expect(nouns?.has(form), form).toBe(true);
    expect(nouns?.has('berlin')).toBe(false);
    expect(capitalisedNouns('en')).toBeNull();
    expect(capitalisedNouns(null)).toBeNull();
  });

  it('drops German nouns and compounds that only capitalisation made names', () => {
    const text = 'Zahlreiche Nachbeben erschütterten die Region. Rettungskräfte bargen in der Nacht viele Menschen aus den Trümmern, rund zehn Kilometern Tiefe.';
    expect(found(text, 'de')).toEqual([]);
  });

  it('keeps names with evidence, people with a given name, and a surname the document used in full', () => {
    const text = 'Bundeskanzler Olaf Scholz reiste nach Ankara. Thomas Müller sprach mit Menschen in Berlin. Müller sagte, die Bundesregierung helfe.';
    expect(found(text, 'de')).toEqual(
      expect.arrayContaining(['person:Olaf Scholz', 'place:Ankara', 'person:Thomas Müller', 'place:Berlin', 'person:Müller', 'organization:Bundesregierung']),
    );
    expect(found(text, 'de')).not.toContain('other:Menschen');
  });

  it('leaves capitalised words alone in a language that capitalises only names', () => {
    expect(found('Menschen visited Berlin.', 'en')).toContain('place:Berlin');
  });
});
