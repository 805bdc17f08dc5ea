import { describe, expect, it } from 'vitest';
import { mentions } from './test-support/mentions.js';

const people = (text: string): string[] => mentions(text, 'ar').filter((m) => m.startsWith('person:'));

describe('speakers named by a bare name in Arabic', () => {
  it('takes one or two name words between a speech verb and "إن" or "أن" as the speaker', () => {
    expect(people('وقال غوتيريش إن الوضع الإنساني كارثي.')).toEqual(['person:غوتيريش']);
    expect(people('وأكد بلينكن أن واشنطن ملتزمة بأمن حلفائها.')).toEqual(['person:بلينكن']);
    // A lone given name is a speaker too ("وقال أحمد إن"); elsewhere it is left to the document's repetition.
    expect(people('وقال أحمد إن الاجتماع انتهى.')).toEqual(['person:أحمد']);
  });

  it('takes no common noun standing as the subject: sources, roles, plurals, pronoun suffixes, the article', () => {
    expect(people('وقال مصدر أمني إن الهجوم أحبط.')).toEqual([]);
    expect(people('وقال ضابط كبير إن القوات تقدمت.')).toEqual([]);
    expect(people('وقال مسؤولون إن المفاوضات تعثرت.')).toEqual([]);
    expect(people('وقال أحدهم إن الأمر انتهى.')).toEqual([]);
    expect(people('وقال البيان إن الجيش انسحب.')).toEqual([]);
    expect(people('وأضاف أن الحكومة ستعلن القرار.')).toEqual([]);
  });

  it('needs the complementizer right after the name or after a short adjunct of time or place', () => {
    expect(people('وقال ترامب في مقابلة تلفزيونية إن الرسوم ستبقى.')).toEqual(['person:ترامب']);
    expect(people('وقال ضابط في الجيش إن القوات تقدمت.')).toEqual([]);
    expect(people('وقال ترامب للصحفيين في البيت الأبيض إن الرسوم ستبقى.')).toEqual([]);
    expect(people('وأضاف لافروف: "لن نقبل بذلك".')).toEqual(['person:لافروف']);
    expect(people('وقال مصدر: "الاتفاق قريب".')).toEqual([]);
  });
});
