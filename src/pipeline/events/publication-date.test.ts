/**
 * A present-tense statement with no time of its own ("X says…") is dated by the publication day; a past
 * form, a participle after an auxiliary, a negated or future statement, or a sentence with its own date
 * never is. Sentences written the way each language's press writes a report's lead.
 */
import { describe, expect, it } from 'vitest';
import { eventOf, extractFrom } from './test-support/extract-from.js';

const PUBLISHED = '2021-03-15';
const BY_PUBLICATION = { value: PUBLISHED, granularity: 'day', source: 'publication' };

describe('present-tense statements take the publication day', () => {
  it.each([
    ['en', 'German Chancellor Angela Merkel says Berlin will host new talks on the crisis.', 'says'],
    ['ru', 'Министр иностранных дел России Сергей Лавров заявляет, что Москва готова к переговорам.', 'заявляет'],
    ['ar', 'يقول وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للمفاوضات.', 'يقول'],
    ['fa', 'سرگئی لاوروف وزیر امور خارجه روسیه می‌گوید مسکو آماده مذاکره است.', 'می‌گوید'],
    ['fr', 'Le ministre russe des Affaires étrangères Sergueï Lavrov déclare que Moscou souhaite une solution négociée.', 'déclare'],
    ['tr', 'Dışişleri Bakanı Mevlüt Çavuşoğlu, ateşkesin kalıcı olması gerektiğini diyor.', 'diyor'],
  ])('%s: "%s"', (language, sentence, verb) => {
    const statement = eventOf(extractFrom(language, [sentence], [], PUBLISHED), 'statement');
    expect(statement.trigger.text).toBe(verb);
    expect(statement.actors).toHaveLength(1);
    expect(statement.date).toEqual(BY_PUBLICATION);
  });

  it.each([
    ['en', 'German Chancellor Angela Merkel said Berlin will host new talks on the crisis.'],
    ['ru', 'Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам.'],
    ['ar', 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للمفاوضات.'],
    ['fa', 'سرگئی لاوروف وزیر امور خارجه روسیه گفت مسکو آماده مذاکره است.'],
    // "a déclaré" folds like "déclare": the auxiliary tells the participle from the present.
    ['fr', 'Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré que Moscou souhaite une solution négociée.'],
    ['tr', 'Dışişleri Bakanı Mevlüt Çavuşoğlu, ateşkesin kalıcı olması gerektiğini söyledi.'],
  ])('%s: a past form stays undated: "%s"', (language, sentence) => {
    const statement = eventOf(extractFrom(language, [sentence], [], PUBLISHED), 'statement');
    expect(statement.date).toMatchObject({ value: null, source: 'none' });
  });

  it('keeps the date the sentence gives', () => {
    const sentence = 'Turkish Foreign Minister Mevlut Cavusoglu says on Monday that Ankara backs Baku.';
    const statement = eventOf(extractFrom('en', [sentence], [['on Monday', '2021-03-14']], PUBLISHED), 'statement');
    expect(statement.date).toMatchObject({ value: '2021-03-14', source: 'text' });
  });

  it('leaves a negated statement undated, and every statement when the publication day is unknown', () => {
    const negated = eventOf(extractFrom('en', ['German Chancellor Angela Merkel does not say whether Berlin will host the talks.'], [], PUBLISHED), 'statement');
    expect(negated).toMatchObject({ negated: true, date: { value: null, source: 'none' } });
    const unknownDay = eventOf(extractFrom('ru', ['Министр иностранных дел России Сергей Лавров заявляет, что Москва готова к переговорам.']), 'statement');
    expect(unknownDay.date.source).toBe('none');
  });

  it('dates only the statement, not the past event it reports', () => {
    const result = extractFrom('en', ['German Chancellor Angela Merkel says she met French President Emmanuel Macron in Paris.'], [], PUBLISHED);
    expect(eventOf(result, 'statement').date).toEqual(BY_PUBLICATION);
    expect(eventOf(result, 'consult/meeting').date.source).toBe('none');
  });
});
