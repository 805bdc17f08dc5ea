import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';

describe('recognizeTokens: sentence-cased title lines (fr, es, it, pt)', () => {
  it('takes a line ending in a lower-case word or a year as one title, typed ORG by default', () => {
    expect(chunks('Rassemblement pour la défense nationale', 'fr')).toEqual(['ORG:Rassemblement pour la défense nationale']);
    expect(chunks('Élections législatives portugaises de 1999', 'fr')).toEqual(['ORG:Élections législatives portugaises de 1999']);
    expect(chunks('Partido socialista obrero', 'es')).toEqual(['ORG:Partido socialista obrero']);
  });

  it('types a title by its place head noun, a list title and a species name as places', () => {
    expect(chunks('Arrondissement de Lyon rural', 'fr')).toEqual(['LOC:Arrondissement de Lyon rural']);
    expect(chunks('Liste des villes du Poitou médiéval', 'fr')).toEqual(['LOC:Liste des villes du Poitou médiéval']);
    expect(chunks('Fauvette à tête noire', 'fr')).toEqual(['LOC:Fauvette à tête noire']);
  });

  it('does not type a title as a person because its opening words look like a name', () => {
    expect(chunks('Concours Valmorin de la chanson', 'fr')).toEqual(['ORG:Concours Valmorin de la chanson']);
  });

  it('leaves sentences, directions, measures and title-case languages alone', () => {
    expect(chunks('Marie Curie a gagné', 'fr')).not.toContain('ORG:Marie Curie a gagné');
    expect(chunks("Lyon à l'est", 'fr')).not.toContain("LOC:Lyon à l'est");
    expect(chunks('Renaud Lavoisier 6,04 m', 'fr')).not.toContain('PER:Renaud Lavoisier 6,04 m');
    expect(chunks('Le Parti socialiste unifié', 'fr')).not.toContain('ORG:Le Parti socialiste unifié');
    expect(chunks('Society for psychical research', 'en')).not.toContain('ORG:Society for psychical research');
  });
});
