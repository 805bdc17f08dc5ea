import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';

describe('recognizeTokens: national sides and nation codes in sports lines', () => {
  it('takes a lower-case "équipe de" with the country after it as the team', () => {
    expect(chunks('Il totalise 12 sélections en équipe de France .', 'fr')).toContain('ORG:équipe de France');
    expect(chunks("Il joue en équipe d'Australie .", 'fr')).toContain("ORG:équipe d'Australie");
  });

  it('leaves a country after another lower-case noun alone', () => {
    expect(chunks('Il vit en banlieue de France .', 'fr')).not.toContain('ORG:banlieue de France');
  });

  it('types an Olympic nation code bracketed after a person as a place', () => {
    expect(chunks('Jan Koster ( NED )', 'fr')).toEqual(['PER:Jan Koster', 'LOC:NED']);
  });

  it('leaves other bracketed acronyms and codes not after a person alone', () => {
    expect(chunks('Jan Koster ( WHL )', 'fr')).not.toContain('LOC:WHL');
    expect(chunks('Le groupe ( NED ) joue', 'fr')).not.toContain('LOC:NED');
  });
});

describe('recognizeTokens: French species names opening a line', () => {
  it('takes the animal head noun and what describes it as one species (LOC)', () => {
    expect(chunks('Grive de Doherty', 'fr')).toEqual(['LOC:Grive de Doherty']);
    expect(chunks('Loutre à pelage lisse , espèce menacée', 'fr')).toContain('LOC:Loutre à pelage lisse');
  });

  it('leaves a sentence that opens with the same word alone', () => {
    expect(chunks('Merle est un oiseau .', 'fr')).not.toContain('LOC:Merle est un oiseau');
  });
});
