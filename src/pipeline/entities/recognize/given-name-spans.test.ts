/**
 * Names opened by a listed given name in scripts without capitals (given-name-spans.ts), names set off by
 * commas around their title, and Persian names that start with "و". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './index.js';

function people(text: string, language: string): string[] {
  return recognizeEntities({ title: null, paragraphs: [text], language })
    .filter((mention) => mention.type === 'person')
    .map((mention) => mention.text);
}

describe('names opened by a given name', () => {
  it('takes a foreign or Arab given name and the name words after it, with no title', () => {
    expect(people('وقالت هيلين كلارك إن البرنامج سيقدم مساعدات.', 'ar')).toContain('هيلين كلارك');
    expect(people('وصرح مروان البرغوثي من سجنه بأن الحوار ضروري.', 'ar')).toContain('مروان البرغوثي');
    expect(people('وأضاف محمد جواد ظريف إن بلاده مستعدة.', 'ar')).toContain('محمد جواد ظريف');
  });

  it('stops before a word that goes on with the sentence, and leaves a given name alone untouched', () => {
    expect(people('وسجل محمد صلاح لاعب ليفربول هدفين.', 'ar')).toContain('محمد صلاح');
    expect(people('وأشاد المدير بجهود أحمد في المشروع.', 'ar')).toEqual([]);
  });

  it('takes a family name that opens with "و" where the name closes after it, not a second person or a noun', () => {
    expect(people('وقال ستيف ويتكوف إن المحادثات إيجابية.', 'ar')).toEqual(['ستيف ويتكوف']);
    expect(people('واستقبل الوزير المبعوث الأمريكي ستيف ويتكوف.', 'ar')).toEqual(['ستيف ويتكوف']);
    // "Mohammed and Ahmed", "Steve and his wife".
    expect(people('وقال محمد وأحمد إن المحادثات إيجابية.', 'ar')).toEqual([]);
    expect(people('والتقى ستيف وزوجته بالرئيس.', 'ar')).toEqual([]);
  });

  it('takes no common noun marked with tanween, and leaves a given name after a particle to the lineage', () => {
    expect(people('وأجرى محمد اتصالاً هاتفياً بالوزير.', 'ar')).toEqual([]);
    expect(people('واستقبل خالد بن محمد الوفد.', 'ar')).toContain('خالد بن محمد');
  });

  it('takes a two-word given name of the "X الدين" kind and "عبد" written joined to the divine name', () => {
    expect(people('وانتقد صلاح الدين الجورشي أداء الحكومة.', 'ar')).toContain('صلاح الدين الجورشي');
    expect(people('وأعلن عبدالعزيز بوتفليقة ترشحه.', 'ar')).toContain('عبدالعزيز بوتفليقة');
    // The clerics and matters of religion are no names: "رجال الدين" has no listed given name.
    expect(people('وانتقد رجال الدين القرار.', 'ar')).toEqual([]);
  });

  it('knows the Western, Russian and Turkish given names the Arab press spells', () => {
    expect(people('وقال غوردون براون إن الأزمة المالية عالمية.', 'ar')).toContain('غوردون براون');
    expect(people('وأكد ميخائيل غورباتشوف أن الإصلاح ضروري.', 'ar')).toContain('ميخائيل غورباتشوف');
  });

  it('takes no third word that ends as a common noun after a name: a pronoun or the accusative', () => {
    expect(people('وعين الاتحاد ماجد كمال سفيرا.', 'ar')).toEqual(['ماجد كمال']);
    expect(people('وأعلن حمزة يوسف استقالته.', 'ar')).toEqual(['حمزة يوسف']);
  });

  it('takes a given name that is also a common word only as the subject of a clause', () => {
    expect(people('وقال حسن نصر الله في خطاب متلفز إن المقاومة جاهزة.', 'ar')).toContain('حسن نصر الله');
    expect(people('ودعا البيان إلى علاقات حسن الجوار بين البلدين.', 'ar')).toEqual([]);
    expect(people('توفي عن عمر يناهز الثمانين.', 'ar')).toEqual([]);
  });

  it('ends a name before a participle that describes the person', () => {
    expect(people('وكرمت الجامعة ريم الكيلاني الحاصلة على الجائزة.', 'ar')).toEqual(['ريم الكيلاني']);
  });

  it('takes Persian given names, and names that start with "و", which Persian does not join', () => {
    expect(people('علیرضا عنایتی در این دیدار گفت تهران آماده همکاری است.', 'fa')).toContain('علیرضا عنایتی');
    expect(people('ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه به تهران سفر کرد.', 'fa')).toContain('ولادیمیر پوتین');
  });

  it('takes a name set off by commas from its title, before or after it', () => {
    expect(people('ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، این ادعا را رد کرد.', 'fa')).toContain('ماریا زاخارووا');
    expect(people('او در دیدار با همتای ترکیه‌ای خود، هاکان فیدان، گفت‌وگو کرد.', 'fa')).toContain('هاکان فیدان');
    expect(people('والتقى الوزير بنظيره التركي، هاكان فيدان، في أنقرة.', 'ar')).toContain('هاكان فيدان');
  });
});
