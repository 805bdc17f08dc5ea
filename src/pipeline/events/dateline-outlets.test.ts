/**
 * The outlet tag of a dateline ("Tehran (IP) -", "Moscow, Oct 10, IRNA --", "МОСКВА, 10 октября. /ТАСС/.")
 * is no event participant; a bracketed abbreviation anywhere else keeps its name.
 */
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../core/entity.js';
import { withoutDatelineOutlets } from './dateline-outlets.js';
import { eventOf, extractFrom, names } from './test-support/extract-from.js';

/** A mention of `written` at its first place in `text`. */
function mention(text: string, written: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(written);
  return { text: written, start, end: start + written.length, type, name: written, evidence: [], language: null };
}

const allParties = (result: ReturnType<typeof extractFrom>): string[] => result.events.flatMap((event) => names([...event.actors, ...event.targets]));

describe('outlet tags in datelines', () => {
  it('does not take a bracketed outlet with no dash after it as the subject of a passive', () => {
    const result = extractFrom('en', ['ANKARA (AA) The ceasefire was welcomed in Ankara on Sunday.'], [['on Sunday', '2021-03-14']]);
    expect(allParties(result)).not.toContain('AA');
  });

  it.each([
    ['en', 'Tehran (IP) - Iranian President Hassan Rouhani, on Saturday, in a telephone conversation with his Russian counterpart Vladimir Putin, welcomed the ceasefire.'],
    ['en', 'Baku, Oct 12, APA -- Azerbaijani President Ilham Aliyev received Turkish Defense Minister Hulusi Akar.'],
    ['ru', 'МОСКВА, 12 октября. /ТАСС/. Президент России Владимир Путин провел телефонный разговор с президентом Ирана Хасаном Роухани.'],
    ['fr', 'Paris (AFP) - Le président français Emmanuel Macron a rencontré le président russe Vladimir Poutine.'],
  ])('%s: finds the true actor after "%s"', (language, sentence) => {
    const result = extractFrom(language, [sentence]);
    const parties = allParties(result);
    expect(parties.length).toBeGreaterThan(0);
    for (const outlet of ['IP', 'APA', 'ТАСС', 'AFP']) expect(parties).not.toContain(outlet);
    expect(['Hassan Rouhani', 'Ilham Aliyev', 'Владимир Путин', 'Emmanuel Macron']).toContain(result.events[0]!.actors[0]?.name);
  });

  it('keeps an abbreviation that is not in a dateline', () => {
    const result = extractFrom('en', ['Turkish President Recep Tayyip Erdogan met the head of the North Atlantic Treaty Organization (NATO) in Brussels.', 'A ceasefire was welcomed by NATO on Monday.'], [['on Monday', '2021-03-14']]);
    expect(names(eventOf(result, 'diplomatic-cooperation/praise').actors)).toEqual(['NATO']);
  });

  it('drops an agency the pack lists, in a script without capitals, and keeps the dateline\'s place', () => {
    const text = 'طهران (إرنا) - رحب الرئيس الايراني حسن روحاني بوقف اطلاق النار.';
    const mentions = [mention(text, 'طهران', 'place'), mention(text, 'إرنا', 'organization'), mention(text, 'حسن روحاني', 'person')];
    expect(withoutDatelineOutlets(text, mentions, new Set(['ارنا'])).map((kept) => kept.text)).toEqual(['طهران', 'حسن روحاني']);
  });

  it('keeps a bracketed abbreviation after a name that is not a dateline', () => {
    const text = 'The World Health Organization (WHO) said the outbreak was under control.';
    const mentions = [mention(text, 'World Health Organization', 'organization'), mention(text, 'WHO', 'organization')];
    expect(withoutDatelineOutlets(text, mentions, new Set())).toHaveLength(2);
  });
});
