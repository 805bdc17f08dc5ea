import { describe, expect, it } from 'vitest';
import { chooseLabel } from './story-label.js';
import { emptyProfile } from './story-profile.js';
import type { StoryProfile } from './types.js';

function profileWith(terms: [string, number][]): StoryProfile {
  const profile = emptyProfile('s1');
  for (const [term, weight] of terms) profile.terms.set(term, weight);
  return profile;
}

const PROFILE = profileWith([
  ['en:ceasef', 5],
  ['en:karaba', 4],
  ['en:rouhan', 3],
  ['ru:переми', 5],
]);

describe('chooseLabel', () => {
  it('chooses the headline whose words weigh most in the story', () => {
    const label = chooseLabel(PROFILE, [
      { title: 'Markets open lower', language: 'en', duplicate: false },
      { title: '  Karabakh ceasefire holds  ', language: 'en', duplicate: false },
    ]);
    expect(label).toEqual({ label: 'Karabakh ceasefire holds', language: 'en' });
  });

  it('prefers a headline in the preferred language when there is one, else falls back to the best one', () => {
    const members = [
      { title: 'Karabakh ceasefire holds', language: 'en', duplicate: false },
      { title: 'Перемирие в Карабахе', language: 'ru', duplicate: false },
    ];
    expect(chooseLabel(PROFILE, members, 'ru')).toEqual({ label: 'Перемирие в Карабахе', language: 'ru' });
    expect(chooseLabel(PROFILE, members, 'ru-RU')).toEqual({ label: 'Перемирие в Карабахе', language: 'ru' });
    expect(chooseLabel(PROFILE, members, 'fr')).toEqual({ label: 'Karabakh ceasefire holds', language: 'en' });
  });

  it("uses a duplicate's title only when no original has one", () => {
    const duplicate = { title: 'Karabakh ceasefire holds', language: 'en', duplicate: true };
    expect(chooseLabel(PROFILE, [duplicate, { title: 'Markets open lower', language: 'en', duplicate: false }]).label).toBe('Markets open lower');
    expect(chooseLabel(PROFILE, [duplicate, { title: '   ', language: 'en', duplicate: false }, { title: null, language: 'en', duplicate: false }]).label).toBe('Karabakh ceasefire holds');
  });

  it('gives no label when no member has a title', () => {
    expect(chooseLabel(PROFILE, [{ title: null, language: 'en', duplicate: false }, { title: ' ', language: 'en', duplicate: true }], 'en')).toEqual({ label: null, language: null });
    expect(chooseLabel(PROFILE, [])).toEqual({ label: null, language: null });
  });
});
