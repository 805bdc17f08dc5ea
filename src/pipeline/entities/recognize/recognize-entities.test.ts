import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../core/entity.js';
import { articleText } from '../article-text.js';
import { recognizeEntities } from './index.js';

function recognize(text: string, language: string | null): EntityMention[] {
  return recognizeEntities({ title: null, paragraphs: [text], language });
}

/** "type:text" of every mention, for compact expectations. */
function found(text: string, language: string | null): string[] {
  return recognize(text, language).map((mention) => `${mention.type}:${mention.text}`);
}

describe('recognizeEntities in the press languages', () => {
  it('English: titles, nationality adjectives, surnames, organisations', () => {
    const mentions = recognize('Iranian President Hassan Rouhani met the Foreign Minister of Armenia, Zohrab Mnatsakanyan, in Tehran. Rouhani said the Defense Ministry agreed.', 'en');
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual(
      expect.arrayContaining(['place:Iranian', 'person:Hassan Rouhani', 'place:Armenia', 'person:Zohrab Mnatsakanyan', 'place:Tehran', 'person:Rouhani', 'organization:Defense Ministry']),
    );
    expect(mentions.find((m) => m.text === 'Rouhani')?.name).toBe('Hassan Rouhani');
    expect(mentions.find((m) => m.text === 'Iranian')).toMatchObject({ demonym: true, country: 'IR' });
  });

  it('Russian: inflected titles and place names', () => {
    const text = 'Президент России Владимир Путин провёл телефонный разговор с президентом Ирана Хасаном Роухани. Путин заявил, что Москва готова помочь.';
    expect(found(text, 'ru')).toEqual(
      expect.arrayContaining(['place:России', 'person:Владимир Путин', 'place:Ирана', 'person:Хасаном Роухани', 'person:Путин', 'place:Москва']),
    );
    expect(recognize(text, 'ru').find((m) => m.text === 'Москва')?.placeId).toBe('524901');
  });

  it('Persian: names before their title, Persian letter forms, organisations without the article', () => {
    expect(found('حسن روحانی رئیس‌جمهور ایران در گفتگوی تلفنی با ولادیمیر پوتین رئیس‌جمهور روسیه درباره قره‌باغ گفتگو کرد. روحانی گفت ایران آماده کمک است.', 'fa')).toEqual(
      expect.arrayContaining(['person:حسن روحانی', 'place:ایران', 'person:ولادیمیر پوتین', 'place:روسیه', 'place:قره‌باغ', 'person:روحانی']),
    );
    expect(found('سفیر ایران در مسکو کاظم جلالی گفت که وزارت امور خارجه روسیه از طرح ایران استقبال کرد.', 'fa')).toEqual(
      expect.arrayContaining(['person:کاظم جلالی', 'place:مسکو', 'organization:وزارت امور خارجه']),
    );
  });

  it('Turkish: case suffixes after an apostrophe', () => {
    expect(found("Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Ankara'da görüştü. Erdoğan'ın açıklamasına göre Türkiye desteğini sürdürecek.", 'tr')).toEqual(
      expect.arrayContaining(['person:Recep Tayyip Erdoğan', 'place:Azerbaycan', 'person:İlham Aliyev', 'place:Ankara', 'person:Erdoğan', 'place:Türkiye']),
    );
  });

  it('French: lower-case nationality adjectives and elided articles', () => {
    expect(found("Le président iranien Hassan Rohani s'est entretenu avec son homologue russe Vladimir Poutine à Moscou. Rohani a salué le cessez-le-feu au Haut-Karabakh et l'appui d'Erevan.", 'fr')).toEqual(
      expect.arrayContaining(['place:iranien', 'person:Hassan Rohani', 'place:russe', 'person:Vladimir Poutine', 'place:Moscou', 'person:Rohani', 'place:Haut-Karabakh', 'place:Erevan']),
    );
  });

  it('German: inflected titles, an organisation followed by where it sits', () => {
    expect(found('Der iranische Präsident Hassan Ruhani hat mit dem russischen Präsidenten Wladimir Putin telefoniert. Ruhani begrüßte die Waffenruhe in Berg-Karabach, teilte das Außenministerium in Teheran mit.', 'de')).toEqual(
      expect.arrayContaining(['person:Hassan Ruhani', 'person:Wladimir Putin', 'person:Ruhani', 'place:Berg-Karabach', 'organization:Außenministerium', 'place:Teheran']),
    );
  });

  it('Spanish: organisations with connectors, places in Spanish', () => {
    expect(found('Vladímir Putin habló con Hasán Rohaní sobre el alto el fuego en Nagorno Karabaj. La Organización Mundial de la Salud celebró el acuerdo en Ginebra.', 'es')).toEqual(
      expect.arrayContaining(['person:Vladímir Putin', 'person:Hasán Rohaní', 'place:Nagorno Karabaj', 'organization:Organización Mundial de la Salud', 'place:Ginebra']),
    );
  });

  it('notable names: treaties and vaccines', () => {
    expect(found('Both sides backed the Iran nuclear deal and the Sputnik V vaccine.', 'en')).toEqual(['other:Iran nuclear deal', 'other:Sputnik V']);
  });
});

describe('state forms in Arabic', () => {
  it('reads a state noun, adjectives and a nationality adjective as the country, and a demonym alone as a demonym', () => {
    const [state] = recognizeEntities({ title: null, paragraphs: ['وقال ان الجمهورية الاسلامية الايرانية ترحب بالوساطة.'], language: 'ar' });
    expect(state).toMatchObject({ text: 'الجمهورية الاسلامية الايرانية', placeId: 'IR', type: 'place' });
    const syria = recognizeEntities({ title: null, paragraphs: ['وأعلنت الجمهورية العربية السورية موقفها.'], language: 'ar' });
    expect(syria.find((m) => m.placeId === 'SY')?.text).toBe('الجمهورية العربية السورية');
    const revolution = recognizeEntities({ title: null, paragraphs: ['ذكرى الثورة الاسلامية الايرانية.'], language: 'ar' });
    expect(revolution.find((m) => m.country === 'IR')).toMatchObject({ text: 'الايرانية', demonym: true });
  });
});

describe('recognizeEntities on bad input', () => {
  it('returns nothing for empty articles and documents of only numbers', () => {
    expect(recognizeEntities({ title: null, paragraphs: [], language: 'en' })).toEqual([]);
    expect(recognizeEntities({ title: '', paragraphs: ['', '   '], language: null })).toEqual([]);
    expect(recognize('1 2 3 4 5 6 7 8 9 10 2020 ٢٠٢٠ ۱۳۹۹ 3.14 -7'.repeat(500), 'en')).toEqual([]);
  });

  it('offsets index articleText, title included', () => {
    const input = { title: 'Putin meets Rouhani', paragraphs: ['President Putin spoke in Moscow.'], language: 'en' };
    const text = articleText(input);
    for (const mention of recognizeEntities(input)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('handles a very long document in bounded time', () => {
    const paragraph = 'Iranian President Hassan Rouhani spoke with Vladimir Putin about the ceasefire in Nagorno-Karabakh, the Foreign Ministry in Tehran said. ';
    const started = Date.now();
    const mentions = recognizeEntities({ title: null, paragraphs: Array.from({ length: 4000 }, () => paragraph), language: 'en' });
    expect(mentions.length).toBeGreaterThan(4000 * 4);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('handles documents of only names, in cased and caseless scripts', () => {
    const names = ['Putin', 'Rouhani', 'Aliyev', 'Lavrov', 'Moscow', 'Tehran', 'Baku', 'Yerevan', 'OSCE', 'NATO'];
    const cased = Array.from({ length: 20_000 }, (_, i) => `${names[i % names.length]!}${i % 7 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`).join(' ');
    expect(Array.isArray(recognize(cased, 'en'))).toBe(true);
    const arabic = Array.from({ length: 10_000 }, (_, i) => ['الرئيس', 'روحاني', 'بوتين', 'موسكو', 'منطقة', 'قره', 'باغ'][i % 7]).join(' ');
    expect(recognize(arabic, 'ar').length).toBeGreaterThan(0);
  });

  it('normalises RTL marks, zero-width joiners and Persian/Arabic letter forms', () => {
    const marked = 'وقال السفير \u200fجلالي\u200f إن \u200dروسيا\u200c وايران تتشاوران. وأكد جلالی أن ایران مستعدة.';
    const mentions = recognize(marked, 'ar');
    const text = articleText({ title: null, paragraphs: [marked] });
    expect(mentions.filter((m) => m.type === 'person').length).toBe(2);
    expect(mentions.filter((m) => m.country === 'IR' || m.placeId === 'IR').length).toBeGreaterThanOrEqual(2);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.every((m) => !/^[\u200c-\u200f]|[\u200c-\u200f]$/u.test(m.text))).toBe(true);
  });

  it('survives mixed scripts in one word, over-long tokens and unknown languages', () => {
    const text = `Putinпутин met Роуханиروحاني in Moscow. ${'A'.repeat(5000)} ${'x'.repeat(70)}Tehran Rouhani`;
    const mentions = recognize(text, 'xx');
    expect(mentions.some((m) => m.text === 'Moscow')).toBe(true);
    expect(mentions.every((m) => m.text.length <= 200)).toBe(true);
    expect(Array.isArray(recognize(text, null))).toBe(true);
  });
});

describe('recognizeEntities in scripts written without spaces', () => {
  it('finds the countries of Chinese and Japanese text, with their offsets, with or without a language tag', () => {
    const chinese = '伊朗总统鲁哈尼与俄罗斯总统普京通电话。';
    for (const language of ['zh', null]) {
      const mentions = recognize(chinese, language);
      expect(mentions.map((m) => `${m.text}=${m.placeId ?? ''}`)).toEqual(expect.arrayContaining(['伊朗=IR', '俄罗斯=RU']));
      const russia = mentions.find((m) => m.placeId === 'RU');
      expect(articleText({ title: null, paragraphs: [chinese] }).slice(russia?.start, russia?.end)).toBe('俄罗斯');
    }
    expect(found('イランの大統領はロシアの大統領と電話会談した。', 'ja')).toEqual(expect.arrayContaining(['place:イラン', 'place:ロシア']));
  });
});

describe('recognizeEntities in a language without a pack', () => {
  it('splits a capitalised run at a country inside it, or at a country before a given name', () => {
    for (const [text, language] of [
      ['Presiden Iran Hassan Rouhani berbicara dengan Presiden Rusia Vladimir Putin.', 'id'],
      ['Rais wa Iran Hassan Rouhani alizungumza na Rais wa Urusi Vladimir Putin.', 'sw'],
    ] as const) {
      const mentions = recognize(text, language);
      expect(mentions.map((m) => `${m.type}:${m.text}${m.placeId ? `=${m.placeId}` : ''}`)).toEqual(
        expect.arrayContaining(['place:Iran=IR', 'person:Hassan Rouhani', 'person:Vladimir Putin']),
      );
      expect(mentions.some((m) => m.placeId === 'RU')).toBe(true);
    }
  });

  it('keeps an organisation named after its country whole', () => {
    expect(found('Penerbangan Iran Air tiba di Teheran.', 'id')).not.toContain('place:Iran');
  });
});
