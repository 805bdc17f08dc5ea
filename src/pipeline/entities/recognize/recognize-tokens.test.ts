import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';

describe('recognizeTokens: connectors inside names', () => {
  it('keeps "of" and "and" after an organisation head noun, and stops at other connectors', () => {
    expect(chunks('Edited by Harbour Institute of Marine Sciences , 1980 .', 'en')).toContain('ORG:Harbour Institute of Marine Sciences');
    expect(chunks('He joined the Ministry of Science and Technology in 1990 .', 'en')).toContain('ORG:Ministry of Science and Technology');
    expect(chunks('She taught at the Lagos Academy of Music at Ibadan .', 'en')).toEqual(expect.arrayContaining(['ORG:Lagos Academy of Music', 'LOC:Ibadan']));
  });

  it('still splits two places joined by "and", and two bodies that each have a head noun', () => {
    expect(chunks('Talks between Iran and Russia resumed .', 'en')).toEqual(['LOC:Iran', 'LOC:Russia']);
    expect(chunks('He spoke at the University of Tehran and the Iranian Parliament .', 'en')).toEqual(expect.arrayContaining(['ORG:University of Tehran']));
  });

  it('German: "von" after a common noun starts a new name', () => {
    expect(chunks('Viele arbeiten im Einzugsbereich von Hannover .', 'de')).toContain('LOC:Hannover');
    expect(chunks('Er traf Wilhelm von Humboldt .', 'de')).toContain('PER:Wilhelm von Humboldt');
  });

  it('names a ruler by given name, regnal number and country', () => {
    expect(chunks('The letter reached Olaf I of Norway in 998 .', 'en')).toContain('PER:Olaf I of Norway');
  });
});

describe('recognizeTokens: WikiANN boundaries', () => {
  it('takes the number of a road and a unit into the name', () => {
    expect(chunks('The town lies on Ohio State Route 7 .', 'en')).toContain('ORG:Ohio State Route 7');
  });

  it('never starts a name with list markup glued to a function word', () => {
    expect(chunks('**For Lakeside Station , see below', 'en').some((chunk) => chunk.includes('**For'))).toBe(false);
  });

  it('types a lone bold word as a place and spreads a place through a list', () => {
    expect(chunks("' '' Quillanet '' '", 'fr')).toEqual(['LOC:Quillanet']);
    expect(chunks('Lyon , Vénissieux et Brondelle', 'fr')).toContain('LOC:Brondelle');
  });

  it('types a listed neighbour by its compass side or a bracketed number', () => {
    expect(chunks('Nachbargemeinden sind Quillanet im Norden und Brondelle im Osten .', 'de')).toEqual(expect.arrayContaining(['LOC:Quillanet', 'LOC:Brondelle']));
    expect(chunks('Quillanet ( 412 )', 'de')).toEqual(['LOC:Quillanet']);
  });

  it('follows WikiANN in typing venues and quoted titles as ORG', () => {
    expect(chunks('The match was played at Lakeside Stadium .', 'en')).toContain('ORG:Lakeside Stadium');
    expect(chunks('The single `` Ask for More Time \'\' was released in May .', 'en')).toContain('ORG:Ask for More Time');
  });

  it('reads a list title of communes as the place it lists', () => {
    expect(chunks('Liste des communes du Cantal', 'fr')).toEqual(['LOC:Liste des communes du Cantal']);
  });

  it('German: drops a capitalised common noun before a person and keeps the ordinal dot', () => {
    expect(chunks('Das Vorwort schrieb der Dichter Paul Valéry .', 'de')).toContain('PER:Paul Valéry');
    expect(chunks('Die Burg fiel später an Otto II .', 'de')).toContain('PER:Otto II .');
    expect(chunks('Im Norden liegt der Hafen .', 'de')).toEqual([]);
  });
});
