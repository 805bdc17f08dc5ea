/**
 * Events in the six tested languages, each from sentences written the way that language's press writes
 * them, through the real entity recogniser; dates come from hand-written time expressions (the time
 * stage has its own tests). Then the inputs an extractor must survive.
 */
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from './extract-article-events.js';
import { MAX_SENTENCE_TOKENS } from './split-sentences.js';
import { eventOf, extractFrom, kindOf, names } from './test-support/extract-from.js';

describe('English', () => {
  it('takes both parties of "X and his counterpart Y held a phone conversation", with the date of its clause', () => {
    const result = extractFrom('en', ['Iranian President Hassan Rouhani and his Russian counterpart Vladimir Putin held a phone conversation on Saturday.'], [['on Saturday', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['Hassan Rouhani', 'Vladimir Putin']);
    expect(call.date).toMatchObject({ value: '2020-10-10', granularity: 'day', source: 'text' });
    expect(call.triggerForm).toBe('verbal');
  });

  it('ties "the Iranian president" to the Iranian president named before, and takes the object as target', () => {
    const result = extractFrom('en', ['Iranian President Hassan Rouhani spoke with Russian President Vladimir Putin.', 'The Iranian president congratulated Putin on his birthday.']);
    const congratulation = eventOf(result, 'diplomatic-cooperation/congratulate');
    expect(congratulation.actors[0]).toMatchObject({ name: 'Hassan Rouhani', link: 'description' });
    expect(names(congratulation.targets)).toEqual(['Vladimir Putin']);
    expect(congratulation.date.source).toBe('none');
  });

  it('reads a meeting with its place and date, and a quotation attributed after it', () => {
    const result = extractFrom(
      'en',
      ['Russian Foreign Minister Sergei Lavrov met Armenian Foreign Minister Zohrab Mnatsakanyan in Moscow on Friday. "We will not allow this conflict to spread," Lavrov told reporters.'],
      [['on Friday', '2020-10-09']],
    );
    const meeting = eventOf(result, 'consult/meeting');
    expect(names(meeting.actors)).toEqual(['Sergei Lavrov']);
    expect(names(meeting.targets)).toEqual(['Zohrab Mnatsakanyan']);
    expect(meeting.place?.name).toBe('Moscow');
    expect(meeting.date.value).toBe('2020-10-09');
    const [quote] = result.quotes;
    expect(quote).toMatchObject({ kind: 'direct', content: { text: 'We will not allow this conflict to spread,' }, cue: { text: 'told' } });
    expect(quote?.speaker?.name).toBe('Sergei Lavrov');
  });

  it('flags "did not" and "will"', () => {
    const denied = extractFrom('en', ['Turkish President Recep Tayyip Erdogan did not meet Armenian Prime Minister Nikol Pashinyan in Brussels.']);
    expect(eventOf(denied, 'consult/meeting')).toMatchObject({ negated: true, modality: 'asserted' });
    const planned = extractFrom('en', ['Iranian President Hassan Rouhani will visit Baku, Foreign Minister Mohammad Javad Zarif said.']);
    expect(eventOf(planned, 'consult/visit')).toMatchObject({ negated: false, modality: 'future' });
  });

  it('gives a reported clause to the speaker of an attribution that closes the sentence, and the events in it too', () => {
    const result = extractFrom('en', ['Armenia and Azerbaijan agreed to a ceasefire from noon, Russian Foreign Minister Sergei Lavrov said on Saturday.']);
    const truce = eventOf(result, 'agree/ceasefire');
    expect(names(truce.actors)).toEqual(['Armenia', 'Azerbaijan']);
    expect(truce.attributedTo?.name).toBe('Sergei Lavrov');
    expect(result.quotes).toContainEqual(expect.objectContaining({ kind: 'reported', content: expect.objectContaining({ text: 'Armenia and Azerbaijan agreed to a ceasefire from noon' }) }));
  });
});

describe('Arabic', () => {
  it('finds the subject inside "أجرى … اتصالا هاتفيا" and the date written there', () => {
    const result = extractFrom('ar', ['أجرى الرئيس الإيراني حسن روحاني اليوم السبت اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين. وقال روحاني إن إيران مستعدة للمساعدة.'], [['اليوم السبت', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['حسن روحاني']);
    expect(call.date.value).toBe('2020-10-10');
    const reported = result.quotes.find((quote) => quote.kind === 'reported');
    expect(reported?.speaker?.name).toBe('حسن روحاني');
    expect(reported?.content.text).toBe('إيران مستعدة للمساعدة');
  });

  it('takes "بين X وY" as both parties of a joint event, with the glued و', () => {
    const result = extractFrom('ar', ['بحث وزير الخارجية الروسي سيرغي لافروف الأزمة. وأعلن وقف إطلاق النار بين أرمينيا وأذربيجان.']);
    expect(names(eventOf(result, 'agree/ceasefire').actors)).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('gives a verb without its subject ("وأضاف") the person the sentences before are about', () => {
    const result = extractFrom('ar', ['وقال السفير الإيراني كاظم جلالي إن المشاورات مستمرة. وأضاف أن طهران مستعدة للمساعدة في حل الأزمة.']);
    const added = result.quotes.find((quote) => quote.cue?.text === 'وأضاف');
    expect(added?.speaker).toMatchObject({ name: 'كاظم جلالي', link: 'pronoun' });
  });
});

describe('Russian', () => {
  it('reads «провёл в субботу телефонный разговор с …» with the counterpart and the date inside the phrase', () => {
    const result = extractFrom('ru', ['Президент России Владимир Путин провёл в субботу телефонный разговор с президентом Ирана Хасаном Рухани.'], [['в субботу', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['Владимир Путин']);
    expect(names(call.targets)).toEqual(['Хасаном Рухани']);
    expect(call.date.value).toBe('2020-10-10');
  });

  it('reads the clause after «заявил, что» as Lavrov\'s, with its own subject', () => {
    const result = extractFrom('ru', ['Министр иностранных дел России Сергей Лавров заявил, что Армения и Азербайджан договорились о прекращении огня.']);
    const truce = eventOf(result, 'agree/ceasefire');
    expect(names(truce.actors)).toEqual(['Armenia', 'Azerbaijan']);
    expect(truce.attributedTo?.name).toBe('Сергей Лавров');
    expect(result.quotes[0]).toMatchObject({ kind: 'reported', content: { text: 'Армения и Азербайджан договорились о прекращении огня' } });
  });
});

describe('Persian', () => {
  it('reads a compound verb at the end of the clause, its subject first and the "با" party as target', () => {
    const result = extractFrom('fa', ['حسن روحانی رئیس جمهور ایران روز شنبه با ولادیمیر پوتین رئیس جمهور روسیه تلفنی گفت‌وگو کرد.'], [['روز شنبه', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['حسن روحانی']);
    expect(names(call.targets)).toEqual(['ولادیمیر پوتین']);
    expect(call.date.value).toBe('2020-10-10');
  });

  it('attributes «…» after "گفت:" to the subject', () => {
    const result = extractFrom('fa', ['محمدجواد ظریف وزیر امور خارجه ایران گفت: «ایران آماده کمک به حل این مناقشه است.»']);
    expect(result.quotes).toEqual([expect.objectContaining({ kind: 'direct', content: expect.objectContaining({ text: 'ایران آماده کمک به حل این مناقشه است.' }) })]);
    expect(result.quotes[0]?.speaker?.name).toBe('محمدجواد ظریف');
  });
});

describe('French', () => {
  it('reads "s\'est entretenu … par téléphone avec son homologue" as a phone call', () => {
    const result = extractFrom('fr', ["Le président iranien Hassan Rohani s'est entretenu samedi par téléphone avec son homologue russe Vladimir Poutine."], [['samedi', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['Hassan Rohani']);
    expect(names(call.targets)).toEqual(['Vladimir Poutine']);
    expect(call.date.value).toBe('2020-10-10');
  });

  it('finds the speaker after « … », a déclaré', () => {
    const result = extractFrom('fr', ['« Nous examinons attentivement cette initiative », a déclaré Andreï Roudenko aux journalistes.']);
    expect(result.quotes[0]).toMatchObject({ kind: 'direct', content: { text: 'Nous examinons attentivement cette initiative' }, speaker: { name: 'Andreï Roudenko' } });
  });
});

describe('Turkish', () => {
  it('reads "X, Y ile telefonda görüştü": subject first, the "ile" party as target', () => {
    const result = extractFrom('tr', ['Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile cumartesi günü telefonda görüştü.'], [['cumartesi günü', '2020-10-10']]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual(['Recep Tayyip Erdoğan']);
    expect(names(call.targets)).toEqual(['İlham Aliyev']);
    expect(call.date.value).toBe('2020-10-10');
  });

  it('takes the accusative party as the target of "suçladı", and the speaker of "…" dedi from before the quotation', () => {
    const accused = extractFrom('tr', ["Dışişleri Bakanı Mevlüt Çavuşoğlu, Ermenistan'ı ateşkesi ihlal etmekle suçladı."]);
    const disapproval = eventOf(accused, 'disapprove');
    expect(names(disapproval.actors)).toEqual(['Mevlüt Çavuşoğlu']);
    expect(names(disapproval.targets)).toEqual(['Armenia']);
    const said = extractFrom('tr', ['Cumhurbaşkanı Recep Tayyip Erdoğan, "Azerbaycan\'ın yanındayız ve her zaman olacağız" dedi.']);
    expect(said.quotes[0]?.speaker?.name).toBe('Recep Tayyip Erdoğan');
  });
});

describe('inputs an extractor must survive', () => {
  it('declines a language with no pack, naming it', () => {
    expect(extractArticleEvents({ text: 'Xyz abc.', language: 'xx', mentions: [], timeExpressions: [] })).toEqual({ events: [], quotes: [], declined: 'no language pack for "xx"' });
    expect(extractArticleEvents({ text: 'Xyz abc.', language: null, mentions: [], timeExpressions: [] }).declined).toMatch(/no language pack/u);
  });

  it('finds nothing in a sentence without a verb, an empty text or a headline fragment', () => {
    expect(extractFrom('en', ['Weapons of Mass Destruction (WMD)']).events).toEqual([]);
    expect(extractArticleEvents({ text: '', language: 'en', mentions: [], timeExpressions: [] })).toEqual({ events: [], quotes: [], declined: null });
  });

  it('keeps an event whose sentence gives no date as unknown, never the publication date', () => {
    const result = extractFrom('en', ['Iranian President Hassan Rouhani met Russian President Vladimir Putin in Moscow.']);
    expect(eventOf(result, 'consult/meeting').date).toEqual({ value: null, granularity: null, source: 'none' });
  });

  it('keeps a date the time stage could not resolve ("31 February") as written, with an unknown value', () => {
    const result = extractFrom('en', ['Iranian President Hassan Rouhani met Russian President Vladimir Putin on 31 February.'], [['on 31 February', null]]);
    expect(eventOf(result, 'consult/meeting').date).toMatchObject({ value: null, source: 'text', expression: { text: 'on 31 February' } });
  });

  it('handles a very long run-on sentence in linear time and without pairing far-apart words', () => {
    const clause = 'Iranian President Hassan Rouhani met Russian President Vladimir Putin, ';
    const paragraph = `${clause.repeat(200)}and the talks ended.`;
    const result = extractFrom('en', [paragraph]);
    expect(result.events.length).toBeGreaterThan(0);
    for (const event of result.events) expect(event.sentence.text.split(/\s+/u).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it('gives a quotation nobody is said to have spoken a null speaker', () => {
    const result = extractFrom('en', ['The banner read "no war in the Caucasus, no war in the region" above the crowd.']);
    expect(result.quotes).toEqual([expect.objectContaining({ kind: 'direct', speaker: null, cue: null })]);
  });

  it('keeps offsets into the text it was given', () => {
    const result = extractFrom('en', ['Iranian President Hassan Rouhani met Russian President Vladimir Putin in Moscow.']);
    const text = `\n\n${'Iranian President Hassan Rouhani met Russian President Vladimir Putin in Moscow.'}`;
    for (const event of result.events) {
      expect(text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
      expect(text.slice(event.sentence.start, event.sentence.end)).toBe(event.sentence.text);
      for (const actor of event.actors) expect(text.slice(actor.span.start, actor.span.end)).toBe(actor.span.text);
    }
    expect(result.events.map(kindOf)).toEqual(['consult/meeting']);
  });
});
