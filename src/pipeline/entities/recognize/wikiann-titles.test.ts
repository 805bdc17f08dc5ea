import { describe, expect, it } from 'vitest';
import { chunks } from './test-support/token-chunks.js';

describe('recognizeTokens: "<head> of <name>" titles', () => {
  it('joins an untyped head, "of" and the name after it, typed by the head', () => {
    expect(chunks('He was elected Governor of Idaho in 1990 .', 'en')).toContain('ORG:Governor of Idaho');
    expect(chunks('The title passed to the Duke of Norfolk .', 'en')).toContain('PER:Duke of Norfolk');
    expect(chunks('Le Comte de Toulouse arriva .', 'fr')).toContain('PER:Comte de Toulouse');
  });

  it('joins English titles quoted in other languages, but not a German noun before "von"', () => {
    expect(chunks('Er arbeitete für das Bureau of Intelligence .', 'de')).toContain('ORG:Bureau of Intelligence');
    expect(chunks('Viele arbeiten im Einzugsbereich von Hannover .', 'de')).toEqual(['LOC:Hannover']);
  });

  it('leaves "of" between a lower-case word and a name alone', () => {
    expect(chunks('He is a native of Idaho .', 'en')).toEqual(['LOC:Idaho']);
  });

  it('joins a peer\'s name with the ordinal and peerage after the comma', () => {
    expect(chunks('Thomas Howard , 3rd Earl of Berkshire', 'en')).toEqual(['PER:Thomas Howard , 3rd Earl of Berkshire']);
  });
});

describe('recognizeTokens: whole-line titles', () => {
  it('takes a short line with lower-case content words between names as one title', () => {
    expect(chunks('List of forts in Colorado', 'en')).toEqual(['ORG:List of forts in Colorado']);
  });

  it('leaves sentences alone: a clause word, a full stop or an opening pronoun', () => {
    expect(chunks('He moved to Colorado .', 'en')).toEqual(['LOC:Colorado']);
    expect(chunks('Il a vu Louis XIV', 'fr')).toEqual(['PER:Louis XIV']);
  });

  it('takes everything after a redirect keyword as the title it leads to', () => {
    expect(chunks('REDIRECTION Heart ( album de Heart )', 'fr')).toHaveLength(1);
    expect(chunks('REDIRECTION Heart ( album de Heart )', 'fr')[0]).toMatch(/^ORG:Heart \( album de Heart \)$/u);
  });
});

describe('recognizeTokens: rulers, qualifiers and hyphenated places', () => {
  it('reads a name with a regnal number as a person', () => {
    expect(chunks('Béla II de Hongrie', 'fr')).toEqual(['PER:Béla II de Hongrie']);
    expect(chunks('Er diente unter Roger II . in Sizilien', 'de')).toContain('PER:Roger II .');
  });

  it('drops a name found inside a bracketed qualifier that types the name before it', () => {
    expect(chunks('Psy ( Sänger )', 'de')).toEqual(['PER:Psy ( Sänger )']);
  });

  it('reads a French word hyphenated round a preposition as a place', () => {
    expect(chunks('Il est né à Carleton-sur-Mer .', 'fr')).toContain('LOC:Carleton-sur-Mer');
  });
});

describe('recognizeTokens: species and church districts', () => {
  it('reads an English animal name opening the line as LOC, as WikiANN links species', () => {
    expect(chunks("Pallas 's grasshopper warbler , ''Locustella certhiola ''", 'en')[0]).toBe("LOC:Pallas 's grasshopper warbler");
    expect(chunks('Alligator snapping turtle', 'en')).toEqual(['LOC:Alligator snapping turtle']);
  });

  it('needs the head noun at the end of the name and the line start', () => {
    expect(chunks('Laughing gulls were seen near Boston .', 'en')).toEqual(['LOC:Boston']);
  });

  it('types a diocese as LOC in every language', () => {
    expect(chunks('He was bishop of the Diocese of Rome .', 'en')).toContain('LOC:Diocese of Rome');
    expect(chunks('Er wurde im Bistum Trier geboren .', 'de')).toContain('LOC:Bistum Trier');
  });

  it('French: "xian de …" names a Chinese county', () => {
    expect(chunks('Xian de Longhua', 'fr')).toEqual(['LOC:Xian de Longhua']);
  });
});
