/**
 * Names in Arabic script, which has no capitals: what titles, organisation
 * words and joined clitics must carry. Sentences written for these tests, in
 * the patterns of the Arab press.
 */
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './index.js';
import { mentions } from './test-support/mentions.js';

const found = (text: string, language = 'ar'): string[] => mentions(text, language);

describe('Arabic names from cues', () => {
  it('reads a notable name behind the contracted preposition لل (ل + ال)', () => {
    const mentions = recognizeEntities({ title: null, paragraphs: ['وقدمت الحكومة شكوى للأمم المتحدة أمس.'], language: 'ar' });
    expect(mentions.find((mention) => mention.name === 'United Nations')?.text).toBe('لأمم المتحدة');
  });

  it('takes the name after a title and the organisation the office belongs to', () => {
    expect(found('وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع سيعقد الشهر المقبل.')).toContain('person:أحمد أبو الغيط');
    expect(found('وحذر المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي من التصعيد.')).toContain('person:رافائيل غروسي');
  });

  it('takes a full name written before its title, after a reporting verb or a boundary', () => {
    expect(found('وقال عبد اللطيف رشيد رئيس الجمهورية العراقية إن الانتخابات ستجري في موعدها.')).toContain('person:عبد اللطيف رشيد');
    // Set off by commas on both sides; a title that opens a clause after a comma takes no name before it.
    expect(found('أكد أيمن الصفدي، وزير الخارجية الأردني، دعم بلاده.')).toContain('person:أيمن الصفدي');
    expect(found('وفي ختام الاجتماع، وزير الخارجية أكد دعم بلاده.').filter((m) => m.startsWith('person:'))).toEqual([]);
    expect(found('وأكد أيمن الصفدي وزير الخارجية الأردني دعم بلاده.')).toContain('person:أيمن الصفدي');
  });

  it('does not take a name before a title from running words that are not a boundary', () => {
    expect(found('وبحث الوفد الزائر الأوضاع مع وزير الخارجية.').filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  it('reads a Hijri month name right after a title as a given name', () => {
    expect(found('واستقبل الرئيس التركي رجب طيب أردوغان ضيفه في أنقرة.')).toContain('person:رجب طيب أردوغان');
    expect(found('وصل الرئيس في رجب الماضي إلى أنقرة.').filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  it('ends an organisation after its bare name unless a nationality adjective follows', () => {
    const text = 'وتبنت حركة حماس الهجوم، وقالت شركة أرامكو السعودية إن الإنتاج لم يتأثر.';
    expect(found(text)).toEqual(expect.arrayContaining(['organization:حركة حماس', 'organization:شركة أرامكو السعودية']));
    expect(found('ونفت حركة حماس الاتهامات الإسرائيلية.')).toContain('organization:حركة حماس');
  });

  it('keeps the article of an organisation word, not a joined conjunction', () => {
    expect(found('وقال الجيش اللبناني إن دورية تعرضت لإطلاق نار، والجيش السوري لم يعلق.')).toEqual(
      expect.arrayContaining(['organization:الجيش اللبناني', 'organization:الجيش السوري']),
    );
  });

  it('skips the American nisba after a title, which only the pack states', () => {
    const mentions = recognizeEntities({ title: null, paragraphs: ['قال الرئيس الأمريكي جو بايدن إن بلاده ستواصل الدعم.'], language: 'ar' });
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toContain('person:جو بايدن');
    expect(mentions.find((m) => m.demonym)?.country).toBe('US');
  });

  it('takes names that open with ف or carry عبد and a ruler\'s ordinal, and the counterpart named by نظيره', () => {
    expect(found('التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره المصري سامح شكري في القاهرة.')).toEqual(
      expect.arrayContaining(['person:فيصل بن فرحان', 'person:سامح شكري']),
    );
    expect(found('استقبل الملك عبد الله الثاني الوفد. وقال الملك محمد السادس إن المغرب مستعد.')).toEqual(
      expect.arrayContaining(['person:عبد الله الثاني', 'person:محمد السادس']),
    );
    // A joined "and" still starts the next name.
    expect(found('واتفق الرئيسان روحاني وبوتين على التعاون.')).not.toContain('person:روحاني وبوتين');
  });

  it('reads a place word as no place of its own, and a club named with its town as one organisation', () => {
    expect(found('وقع انفجار في مدينة كابول عاصمة أفغانستان.')).toEqual(['place:كابول', 'place:أفغانستان']);
    expect(found('فاز نادي ريال مدريد على منافسه.')).toContain('organization:نادي ريال مدريد');
  });

  it('names the media the press cites, a city-named or spelled-out name included', () => {
    expect(found('وقالت قناة الجزيرة إن القصف استمر.')).toContain('organization:قناة الجزيرة');
    expect(found('ذكرت صحيفة نيويورك تايمز أن الاتفاق قريب.')).toContain('organization:صحيفة نيويورك تايمز');
    expect(found('وقالت هيئة بي بي سي إن البث توقف.')).toContain('organization:هيئة بي بي سي');
    // Two bare words with no city or letter among them: the second is no part of the name.
    expect(found('وقالت حركة حماس إن الهدنة انتهت.')).toContain('organization:حركة حماس');
  });
});

describe('Arabic titles, qualifiers and family names', () => {
  const people = (text: string): string[] => found(text).filter((m) => m.startsWith('person:'));

  it('goes on over a qualifier of the office to the name, and never takes the qualifier as one', () => {
    expect(people('وصرح المدير العام السابق للمنظمة خالد الهاشمي بأن القرار خاطئ.')).toEqual(['person:خالد الهاشمي']);
    expect(people('وقال وزير الخارجية الأسبق في مقابلة إن المفاوضات فشلت.')).toEqual([]);
    expect(people('ويحيي الفلسطينيون ذكرى الزعيم الراحل ياسر عرفات.')).toEqual(['person:ياسر عرفات']);
    // A participle that describes the person ends the name.
    expect(people('وتحدث الأديب ماجد الشريف الفائز بجائزة الرواية عن تجربته.')).toEqual(['person:ماجد الشريف']);
  });

  it('takes a nisba that follows a two-word name as its family name, and only there', () => {
    expect(people('واستقبل رئيس الحكومة العراقية مصطفى عبد اللطيف الكاظمي السفير.')).not.toContain('person:مصطفى عبد اللطيف');
    expect(found('وقال وزير النفط حيان عبد الغني السوداني إن الإنتاج ارتفع.')).toContain('person:حيان عبد الغني السوداني');
    // Before the name a nisba is the person's nationality; a feminine one agrees with a noun.
    expect(found('وسجل اللاعب المصري عمرو زكي في الدقيقة العاشرة.')).toEqual(expect.arrayContaining(['place:المصري', 'person:عمرو زكي']));
    expect(found('وقالت المتحدثة باسم الخارجية هدى المالكي السودانية الجنسية إن الوفد وصل.')).not.toContain('person:هدى المالكي السودانية');
  });

  it('reads a city after one name word as the family name when the name closes there, never a capital', () => {
    expect(people('وقال المبعوث الأمريكي توم هيوستن إن المحادثات مثمرة.')).toEqual(['person:توم هيوستن']);
    expect(found('وزار الرئيس ماكرون بيروت يوم الجمعة.')).toEqual(expect.arrayContaining(['person:ماكرون', 'place:بيروت']));
    expect(people('واستقبل السفير الأمريكي في بيروت أمس وفدا من النواب.')).toEqual([]);
  });

  it('names a person by an article-bearing family name alone after a title, and skips a two-word country', () => {
    expect(people('وأكد الرئيس البشير رفض بلاده للقرار.')).toEqual(['person:البشير']);
    // The name closes after its third word, before "على".
    expect(found('وأشرف زعيم كوريا الشمالية كيم جونغ أون على تجربة صاروخية.')).toEqual(expect.arrayContaining(['place:كوريا الشمالية', 'person:كيم جونغ أون']));
  });

  it('takes women\'s titles, the Levantine "بو" inside a name, and the place of an office before the name', () => {
    expect(people('واستقبلت الوزيرة منى الخطيب وفدا من المانحين.')).toContain('person:منى الخطيب');
    expect(people('وقال النائب إلياس بو صعب إن الجلسة أرجئت.')).toContain('person:إلياس بو صعب');
    expect(people('وأعلن حاكم ولاية فلوريدا رون ديسانتيس حالة الطوارئ.')).toContain('person:رون ديسانتيس');
  });

  it('ends an organisation named after a country before the next bare word', () => {
    expect(found('وقال مصرف سوريا المركزي إن السيولة متوفرة.')).toContain('organization:مصرف سوريا المركزي');
    expect(found('وأكد بنك الأردن حسين العلي أن الأرباح ارتفعت.')).not.toContain('organization:بنك الأردن حسين');
  });

  it('takes a name before its title only after a reporting verb, a preposition or punctuation', () => {
    expect(people('وقد شهد الحفل الرئيس اللبناني.')).toEqual([]);
    expect(people('وأوضح سامح شكري وزير الخارجية المصري أن الحوار مستمر.')).toContain('person:سامح شكري');
  });

  it('reads an organisation word alone after a title as the one just named, and takes the name after it', () => {
    expect(people('وقال المتحدث باسم الحركة حازم قاسم إن الوفد غادر.')).toEqual(['person:حازم قاسم']);
    expect(people('وأكد محافظ البنك المركزي طارق عامر أن الاحتياطي مستقر.')).toEqual(['person:طارق عامر']);
  });

  it('keeps the article of a place or a nationality word found without it, not the clitic before it', () => {
    expect(found('وتظاهر المئات في مدينة البصرة والموصل.')).toEqual(expect.arrayContaining(['place:الموصل']));
    expect(found('ورحبت الحكومتان البريطانية والأمريكية بالاتفاق.')).toContain('place:الأمريكية');
  });

  it('links two nouns of an organisation\'s name by "و", and ends it before a title or another organisation', () => {
    expect(found('وقالت هيئة الإغاثة والتنمية إن القوافل وصلت.')).toContain('organization:هيئة الإغاثة والتنمية');
    expect(found('وحذرت منظمة الصحة العالمية والبنك الدولي من الأزمة.')).toEqual(
      expect.arrayContaining(['organization:منظمة الصحة العالمية', 'organization:البنك الدولي']),
    );
    expect(found('وقال قائد الجيش الباكستاني الفريق أول عاصم منير إن الحدود آمنة.')).toEqual(
      expect.arrayContaining(['organization:الجيش الباكستاني', 'person:عاصم منير']),
    );
  });

  it('takes a family name after a name opened by "عبد" when the name closes there', () => {
    expect(people('والتقى المبعوث عبد الرحمن الكواكبي.')).toContain('person:عبد الرحمن الكواكبي');
    expect(people('وقال عبد الكريم حدادين وزير العمل إن البطالة تراجعت.')).toContain('person:عبد الكريم حدادين');
  });

  it('keeps the organisation word before a notable organisation, and the adjectives after it', () => {
    expect(found('ودعت منظمة أطباء بلا حدود إلى فتح المعابر.')).toContain('organization:منظمة أطباء بلا حدود');
    expect(found('وقالت جمعية الهلال الأحمر الفلسطيني إن طواقمها تعرضت للقصف.')).toContain('organization:جمعية الهلال الأحمر الفلسطيني');
  });

  it('takes one word after a title and a place only as part of a longer name', () => {
    expect(people('وأعلن الحزب الحاكم في تركيا رفض المقترح.')).toEqual([]);
    expect(people('وقال السفير الإيراني لدى موسكو كاظم جلالي إن العلاقات متينة.')).toEqual(['person:كاظم جلالي']);
  });

  it('ends an organisation at its nationality adjective or where a notable organisation\'s name ends', () => {
    expect(found('وأعلنت وزارة الصحة الأردنية الإجراءات الجديدة.')).toContain('organization:وزارة الصحة الأردنية');
    expect(found('ودان الأمين العام لجامعة الدول العربية القصف.')).not.toContain('organization:جامعة الدول العربية القصف');
  });

  it('takes a foreign organisation name of two bare words when the name closes after them', () => {
    expect(found('وذكرت صحيفة هآرتس الإسرائيلية أن الحكومة منقسمة.')).toContain('organization:صحيفة هآرتس الإسرائيلية');
    expect(found('وأعلنت شركة جنرال موتورز أن المبيعات تراجعت.')).toContain('organization:شركة جنرال موتورز');
    expect(found('وضربت حركة حماس مواقع عسكرية.')).toContain('organization:حركة حماس');
  });

  it('reads "علي" as the name in a text that writes "على" with its ى, and as the preposition elsewhere', () => {
    expect(people('وقال المرشد الأعلى علي خامنئي إن إيران لن تتراجع على الإطلاق.')).toContain('person:علي خامنئي');
    expect(people('وأكد الرئيس علي ضرورة الحوار.')).toEqual([]);
  });

  it('reads a place named with the article as written and without it ("الرباط" is the region and the city)', () => {
    expect(found('وأكد الوزير أن الرباط تدعم الحل.')).toContain('place:الرباط');
  });

  it('reads a dateline\'s city, a crossing and a national branch of a notable body', () => {
    expect(found('نابلس - اقتحمت قوات الاحتلال المدينة فجر اليوم.')).toContain('place:نابلس');
    expect(found('ودخلت الشاحنات عبر معبر كرم أبو سالم.')).toContain('place:كرم أبو سالم');
    expect(found('وقالت جمعية الصليب الأحمر الدولية إن الطواقم وصلت.')).not.toContain('organization:جمعية الصليب');
    expect(found('وأرسل الهلال الأحمر القطري قافلة إغاثة.')).toContain('organization:الهلال الأحمر القطري');
  });

  it('extends a repeated surname to the name word before it, one that opens with "ف" included', () => {
    expect(people('وقال السفير جلالي إن الوفد وصل. وصرح في موسكو فرهاد جلالي بأن العلاقات متينة.')).toContain('person:فرهاد جلالي');
  });

  it('names the head of a body after the body, and takes no name straight after a title in the construct state', () => {
    expect(found('وقال رئيس المجلس الوطني الفلسطيني روحي فتوح إن القرار انتهاك.')).toContain('person:روحي فتوح');
    expect(found('وقال قائد الجيش السوداني عبد الفتاح البرهان إن الحرب ستنتهي.')).toContain('person:عبد الفتاح البرهان');
    // "the leader of the opposition", "the editor-in-chief of the paper": the genitive, no name.
    expect(people('وقال زعيم المعارضة إن الحكومة فشلت.')).toEqual([]);
    expect(people('وقال رئيس تحرير الصحيفة إن التقرير دقيق.')).toEqual([]);
    // A title that opens with the article and ends in an adjective is complete: the name follows it.
    expect(people('وقال قائد الجيش الباكستاني الفريق أول عاصم منير إن الحدود آمنة.')).toEqual(['person:عاصم منير']);
  });

  it('takes no qualifier into an organisation and no pronoun-suffixed "that" into a name', () => {
    // "the new centre"; "إنها" is "that she".
    expect(found('وقال الطبيب مجدي يعقوب إن المركز الجديد سيعالج الأطفال.')).toEqual(['person:مجدي يعقوب']);
    expect(people('وقالت الممثلة المصرية يسرا إنها سعيدة بتكريمها.')).toEqual(['person:يسرا']);
  });

  it('closes a compound family name with the divine name after a title', () => {
    expect(people('وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة مستمرة.')).toEqual(['person:حسن نصر الله']);
    expect(people('وقال السيد حسن نصر الله إن المقاومة مستمرة.')).toEqual(['person:حسن نصر الله']);
  });

  it('names the head of a parliament after the body, which is an organisation of its own', () => {
    expect(found('وقال رئيس مجلس النواب نبيه بري إن الجلسة ستعقد.')).toEqual(['organization:مجلس النواب', 'person:نبيه بري']);
    expect(found('وقال رئيس حكومة الإقليم مسرور بارزاني إن الاتفاق قريب.')).toContain('person:مسرور بارزاني');
    // A third word with the article and a feminine ending is the verb's object; a family name with the article is not.
    expect(people('وافتتح رئيس البرلمان العربي عادل العسومي الجلسة.')).toEqual(['person:عادل العسومي']);
    expect(people('وقال وزير الخارجية السعودي عادل أحمد الجبير إن المملكة تدعم الحل.')).toEqual(['person:عادل أحمد الجبير']);
  });

  it('names a minister or adviser of any portfolio after its genitive, where the name closes', () => {
    expect(people('وقال وزير الزراعة علاء فاروق إن المحصول وفير.')).toEqual(['person:علاء فاروق']);
    expect(people('وقال مستشار الأمن القومي الأمريكي جيك سوليفان إن المحادثات بناءة.')).toEqual(['person:جيك سوليفان']);
    expect(people('وقال جيك سوليفان مستشار الأمن القومي الأمريكي إن المحادثات بناءة.')).toEqual(['person:جيك سوليفان']);
    // After the genitive alone, words that run on are the sentence's object ("launched a new initiative to support").
    expect(people('وأطلق نائب رئيس الدولة مبادرة جديدة لدعم الشباب.')).toEqual([]);
  });

  it('names a ministry by its field and nationality, not an adjective of a noun', () => {
    expect(found('وقال المتحدث باسم الخارجية الصينية ماو نينغ إن بكين تعارض العقوبات.')).toContain('organization:الخارجية الصينية');
    expect(found('وأعلنت الدفاع الروسية إسقاط طائرات مسيرة.')).toEqual(['organization:الدفاع الروسية']);
    // "foreign policy", and the ministry named in full.
    expect(found('وتتغير السياسة الخارجية الأمريكية ببطء.').filter((m) => m.startsWith('organization:'))).toEqual([]);
    expect(found('وقالت وزارة الخارجية الأمريكية إن العقوبات ستبقى.')).toEqual(['organization:وزارة الخارجية الأمريكية']);
  });

  it('takes no feminine nisba as a family name, and names athletes by their sport', () => {
    // "الأممية" ("of the UN") is the envoy's adjective.
    expect(people('واستقبل الرئيس المبعوثة الأممية هانا تيتيه.')).toEqual(['person:هانا تيتيه']);
    expect(people('وفاز العداء المغربي سفيان البقالي بذهبية السباق.')).toEqual(['person:سفيان البقالي']);
    // "مقابل" ("for", "against") ends a one-word name.
    expect(people('وتعاقد النادي مع المهاجم البرازيلي نيمار مقابل مبلغ ضخم.')).toEqual(['person:نيمار']);
  });

  it('names a coach or player after the club, and reads "باسم" and "آمنة" as words unless a clause opens with them', () => {
    expect(people('وأكد مدرب النصر ستيفانو بيولي بعد المباراة أن الفريق يتحسن.')).toEqual(['person:ستيفانو بيولي']);
    // "known by the name Hemedti", "safe corridors".
    expect(people('وكان دقلو المعروف باسم حميدتي قد أعلن الهدنة.').filter((m) => m.includes('باسم'))).toEqual([]);
    expect(people('ودعا إلى فتح ممرات آمنة لإيصال المساعدات.')).toEqual([]);
  });

  it('names regions, seas, straits and canals that no administrative gazetteer holds', () => {
    expect(found('وعبرت السفينة قناة السويس ثم مضيق باب المندب نحو البحر المتوسط.')).toEqual(['place:قناة السويس', 'place:مضيق باب المندب', 'place:البحر المتوسط']);
    expect(found('وتدور المعارك في دارفور وكردفان.')).toEqual(['place:دارفور', 'place:كردفان']);
  });

  it('ends an organisation named after a city before a preposition', () => {
    // "أمام" ("against", "before") is a function word, not a third word of "نادي برشلونة".
    expect(found('وخسر نادي برشلونة أمام نادي أتلتيكو مدريد بهدفين.')).toEqual(['organization:نادي برشلونة', 'organization:نادي أتلتيكو مدريد']);
  });

  it('takes three complement words at most after an organisation word', () => {
    expect(found('وأعلنت هيئة الطاقة الذرية الوطنية الكبرى الحديثة أن المشروع بدأ.')).toEqual(['organization:هيئة الطاقة الذرية الوطنية']);
  });

  it('names diplomats by their post', () => {
    expect(people('وقال المندوب الدائم لروسيا فاسيلي نيبينزيا إن بلاده ستستخدم الفيتو.')).toContain('person:فاسيلي نيبينزيا');
  });

  it('takes no name before a title written with a joined preposition or "and"', () => {
    expect(people('واجتمع الوفد في مبنى البرلمان بالرئيس اللبناني.')).toEqual([]);
    expect(people('وحضر الاجتماع قادة الأحزاب والرئيس.')).toEqual([]);
  });

  it('takes no name after a complementizer read as a preposition before a place', () => {
    expect(people('وقال السفير الروسي إن موسكو ترفض العقوبات.')).toEqual([]);
  });

  it('takes the person an institution is named after, and a place that closes a construct', () => {
    expect(found('وتخرج في جامعة الأمير سلطان عام ألفين.')).toContain('organization:جامعة الأمير سلطان');
    expect(found('وقضت محكمة استئناف الإسكندرية ببراءة المتهمين.')).toContain('organization:محكمة استئناف الإسكندرية');
  });

  it('names a hospital, a stock exchange and an observatory by their organisation word', () => {
    expect(found('ونقل المصابون إلى مستشفى الرنتيسي للعلاج.')).toContain('organization:مستشفى الرنتيسي');
    expect(found('وتراجعت بورصة عمان في ختام التعاملات.')).toContain('organization:بورصة عمان');
  });
});

describe('Persian organisations from cues', () => {
  it('ends an organisation before the noun of a reporting verb', () => {
    const organizations = (text: string): string[] =>
      recognizeEntities({ title: null, paragraphs: [text], language: 'fa' }).filter((mention) => mention.type === 'organization').map((mention) => mention.text);
    expect(organizations('خبرگزاری فارس گزارش داد که مذاکرات ادامه دارد.')).toEqual(['خبرگزاری فارس']);
    expect(organizations('سازمان انرژی اتمی اعلام کرد که بازرسان وارد شدند.')).toEqual(['سازمان انرژی اتمی']);
    // The noun of an event verb of the pack's lexicon ("دیدار کرد") ends a name too.
    expect(organizations('نماینده سازمان ملل متحد دیدار کرد.')).toEqual(['سازمان ملل متحد']);
  });

  it('takes a counterpart named right after the reflexive "خود", and no title qualifier as a name', () => {
    expect(found('وزیر خارجه ترکیه با همتای عمانی خود بدر البوسعیدی گفت‌وگو کرد.', 'fa')).toContain('person:بدر البوسعیدی');
    expect(found('وزیر دفاع سابق آمریکا لوید آستین گفت این حمله محکوم است.', 'fa').filter((m) => m.startsWith('person:'))).not.toContain('person:سابق');
  });
});
