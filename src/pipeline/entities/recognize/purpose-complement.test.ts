import { describe, expect, it } from 'vitest';
import { mentions } from './test-support/mentions.js';

const organizations = (text: string): string[] => mentions(text, 'ar').filter((m) => m.startsWith('organization:'));

describe('the "for" phrase of an Arabic organisation name', () => {
  it('takes ل with the article, or ل with a construct, after an adjective of the name', () => {
    expect(organizations('وقال المتحدث باسم منظمة الأمم المتحدة للطفولة جيمس إلدر إن الأطفال في خطر.')).toContain('organization:منظمة الأمم المتحدة للطفولة');
    expect(organizations('وأصدرت الهيئة العامة للاستعلامات بيانا حول الزيارة.')).toEqual(['organization:الهيئة العامة للاستعلامات']);
    expect(organizations('وقالت الشبكة السورية لحقوق الإنسان إن القصف أودى بحياة مدنيين.')).toEqual(['organization:الشبكة السورية لحقوق الإنسان']);
    // Nouns with the article, or linked by "and", go on.
    expect(organizations('وقالت المنظمة العربية للتربية والثقافة والعلوم إنها ستدعم المدارس.')).toEqual(['organization:المنظمة العربية للتربية والثقافة والعلوم']);
  });

  it('takes it after a place or the person a body is named after, and after a word of a longer cue', () => {
    // "الطاقة" is also a word of the title "وزير الطاقة".
    expect(organizations('ووقعت شركة قطر للطاقة اتفاقية جديدة.')).toEqual(['organization:شركة قطر للطاقة']);
    expect(organizations('وأرسل مركز الملك سلمان للإغاثة والأعمال الإنسانية قافلة.')).toEqual(['organization:مركز الملك سلمان للإغاثة والأعمال الإنسانية']);
  });

  it('reads the first word of a sentence with a joined "و" as its verb, whether or not the lexicon lists it', () => {
    expect(organizations('وأطلقت وكالة الإمارات للفضاء مسبارا جديدا.')).toEqual(['organization:وكالة الإمارات للفضاء']);
    expect(organizations('وتسلمت شركة مصر للطيران أول طائرة.')).toEqual(['organization:شركة مصر للطيران']);
  });

  it('goes on with adjectives and linked nouns only: another noun with the article is the verb\'s object', () => {
    expect(organizations('وأصدرت الهيئة العليا المستقلة للانتخابات النتائج الأولية.')).toEqual(['organization:الهيئة العليا المستقلة للانتخابات']);
    expect(organizations('وقالت الوكالة الدولية للطاقة الذرية إن التفتيش مستمر.')).toEqual(['organization:الوكالة الدولية للطاقة الذرية']);
  });

  it('takes no adverb, addressee or object of the verb as part of the name', () => {
    // "for the second time", "told journalists", "told Reuters".
    expect(organizations('وأعلن الجيش الإسرائيلي للمرة الثانية أنه قصف مواقع.')).toEqual(['organization:الجيش الإسرائيلي']);
    expect(organizations('وقال الجيش الأمريكي للصحفيين إن الصاروخ سقط في البحر.')).toEqual(['organization:الجيش الأمريكي']);
    expect(organizations('وقالت وزارة الخارجية الأمريكية لوكالة رويترز إن العقوبات ستبقى.')).toEqual(['organization:وزارة الخارجية الأمريكية', 'organization:وكالة رويترز']);
    // A notable name is complete: "called for more efforts".
    expect(organizations('ودعت منظمة الصحة العالمية لتكثيف الجهود.')).toEqual(['organization:منظمة الصحة العالمية']);
    // After a verbal noun, ل brings its object: "the World Bank's support for small projects".
    expect(organizations('ورحبت الحكومة بدعم البنك الدولي للمشاريع الصغيرة.')).toEqual(['organization:البنك الدولي']);
  });

  it('goes on only after an organisation word the pack lists: after an army, police or a hospital ل is the purpose', () => {
    expect(organizations('ونقل المصابون إلى مستشفى الرنتيسي للعلاج.')).toEqual(['organization:مستشفى الرنتيسي']);
    expect(organizations('واقتادت الشرطة الإسرائيلية الشاب للتحقيق.')).toEqual(['organization:الشرطة الإسرائيلية']);
  });

  it('needs an adjective before ل: a construct ends the name', () => {
    expect(organizations('وقدمت وزارة الصحة للمستشفيات أدوية جديدة.')).toEqual(['organization:وزارة الصحة']);
  });
});
