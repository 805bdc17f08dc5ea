import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './index.js';
import { mentions } from './test-support/mentions.js';

const found = (text: string): string[] => mentions(text, 'en');

describe('where English names end and what they name: possessives, shared head nouns, teams', () => {
  it('keeps a possessive inside a name whose head noun follows', () => {
    expect(found("She joined the Spanish Socialist Workers' Party and taught at Christ's College.")).toEqual(
      expect.arrayContaining(["organization:Spanish Socialist Workers' Party", "organization:Christ's College"]),
    );
    expect(found('The Presbyterian Ladies’ College opened in 1875.')).toContain('organization:Presbyterian Ladies’ College');
  });

  it("reads a known state form through its possessive: People's Republic of China", () => {
    const mentions = recognizeEntities({ title: null, paragraphs: ["Delegates met officials of the People's Republic of China."], language: 'en' });
    expect(mentions.find((m) => m.text === "People's Republic of China")).toMatchObject({ type: 'place', country: 'CN' });
  });

  it("ends the name at a place's possessive and where no head noun follows", () => {
    expect(found("Iran's Foreign Ministry said Hassan Rouhani's visit was useful.")).toEqual(['place:Iran', 'organization:Foreign Ministry', 'person:Hassan Rouhani']);
  });

  it('one head noun after a bare "and" serves both parts: "Somerset and Dorset Joint Railway"', () => {
    expect(found('The Somerset and Dorset Joint Railway closed, and the Strategic Air and Space Museum opened.')).toEqual(
      expect.arrayContaining(['organization:Somerset and Dorset Joint Railway', 'organization:Strategic Air and Space Museum']),
    );
    // Each part with a head noun of its own is a name of its own.
    expect(found('He studied at Tehran University and Sharif Institute.')).toEqual(['organization:Tehran University', 'organization:Sharif Institute']);
  });

  it('never makes an empty mention from connectors left after a place name', () => {
    const mentions = recognizeEntities({ title: null, paragraphs: ['Republic of China and the Presbyterian Church met.'], language: 'en' });
    expect(mentions.every((m) => m.end > m.start && m.text.length > 0)).toBe(true);
  });

  it('a place that is no given name and a plural nickname name a team; a given name and a surname a person', () => {
    expect(found('The Pittsburgh Steelers beat the Minnesota Vikings.')).toEqual(['organization:Pittsburgh Steelers', 'organization:Minnesota Vikings']);
    expect(found('Yesterday Charlotte Edwards scored.')).toContain('person:Charlotte Edwards');
  });
});
