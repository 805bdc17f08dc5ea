import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';
import { mentions } from './test-support/mentions.js';

const found = (text: string): string[] => mentions(text, 'de');

describe('German: a common noun before a name (noun-before-name.ts)', () => {
  it('leaves the describing noun out of the name after it', () => {
    expect(found('Das Album Love Metal erschien später.').map((entry) => entry.split(':')[1])).toEqual(['Love Metal']);
    expect(found('Er sprach mit seinem Bruder Hakon Lindqvist.')).toContain('person:Hakon Lindqvist');
    expect(found('Er verlor gegen den späteren Sieger Ravi Mehta.')).toContain('person:Ravi Mehta');
  });

  it('keeps adjectives, places and cue words that open a name', () => {
    expect(found('Sie lehrte an der Technischen Universität Berlin.')).toContain('organization:Technischen Universität Berlin');
    expect(found('Sie zog nach Los Angeles.')).toContain('place:Los Angeles');
    expect(found('Er wohnte im Schloss Bellevue.')).toContain('organization:Schloss Bellevue');
  });

  it('keeps a run of common nouns alone', () => {
    expect(found('Das Album Kinder erschien.').some((entry) => entry.endsWith(':Kinder'))).toBe(false);
  });
});

describe('German: compound names of bodies, leagues and events', () => {
  it('types a compound by its head noun', () => {
    expect(found('Er spielte in der Bundesliga.')).toContain('organization:Bundesliga');
    expect(found('Die Nationalversammlung tagte in Weimar.')).toContain('organization:Nationalversammlung');
    expect(found('Er lief beim Hamburg-Marathon mit.')).toContain('organization:Hamburg-Marathon');
  });

  it('does not read a service or a work as a body', () => {
    expect(found('Er trat in den Polizeidienst ein.')).not.toContain('organization:Polizeidienst');
    expect(found('Die Kunstwerke wurden verkauft.')).not.toContain('organization:Kunstwerke');
  });
});

describe('WikiANN: numbered titles (wikiann-numbered-titles.ts)', () => {
  it('tags a numbered road, line or election with its number', () => {
    expect(chunks('Die Bundesstraße 4 führt durch den Ort .', 'de')).toContain('ORG:Bundesstraße 4');
    expect(chunks('Bei der Parlamentswahl 2010 verlor sie .', 'de')).toContain('ORG:Parlamentswahl 2010');
  });

  it('leaves a plain noun before a number alone', () => {
    expect(chunks('Im Jahr 2010 verlor sie .', 'de')).toEqual([]);
  });
});
