import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';
import { mentions } from './test-support/mentions.js';

const found = mentions;

describe('typing runs by the shape of their words', () => {
  it('reads a given name that is also a country, then an unknown word, as a person', () => {
    // "Maurice" is Mauritius and "Dominique" Dominica in French.
    expect(found('Le livre cite Maurice Halbwachs et Dominique Orliac.', 'fr')).toEqual(expect.arrayContaining(['person:Maurice Halbwachs', 'person:Dominique Orliac']));
  });

  it('still reads a country before a dictionary word as an organisation named after it', () => {
    expect(found('He joined Israel Aerospace last year.', 'en')).toContain('organization:Israel Aerospace');
  });

  it('does not count lower-case name particles as dictionary words', () => {
    // "van" is an English word; without this the name read as a band or body ("Simply Red").
    expect(found('Le coureur Lars van der Haar a gagné.', 'fr')).toContain('person:Lars van der Haar');
  });
});

describe('places named after a saint and continents', () => {
  it('reads unknown words after the word for "saint" as a town', () => {
    expect(found('Il est né à San Verolano en 1950.', 'fr')).toContain('place:San Verolano');
    expect(found('Ela nasceu em São Benedito Novo.', 'pt')).toContain('place:São Benedito Novo');
  });

  it('knows the continents the gazetteer lacks, written with "du"', () => {
    expect(found('Il a joué en Amérique du Sud puis en Océanie.', 'fr')).toEqual(expect.arrayContaining(['place:Amérique du Sud', 'place:Océanie']));
  });

  it('types palaces as organisations and cemeteries as places (French pack words)', () => {
    expect(chunks('Le concert a lieu au Palais des sports de Besançon .', 'fr')).toContain('ORG:Palais des sports de Besançon');
    expect(chunks('Il est enterré au Cimetière du Montparnasse .', 'fr')).toContain('LOC:Cimetière du Montparnasse');
  });
});
