/**
 * Labelled name pairs the name tools are tested and scored on
 * (name-similarity.test.ts, bench/name-matching.ts). Hand-made for newsloom
 * from the spellings the press uses (English, Arabic, Persian, Russian,
 * Ukrainian, Armenian, Azerbaijani, Georgian, Greek, Hebrew); the costs in
 * phone-similarity.ts and the threshold were set on them, so their scores are
 * training scores, not a held-out estimate.
 */

export interface NamePair {
  readonly a: string;
  readonly b: string;
}

/** Groups of spellings of one person or place: every spelling must match the first. */
export const SAME_ENTITY_GROUPS: readonly (readonly string[])[] = [
  ['Hassan Rouhani', 'Rouhani', 'حسن روحاني', 'روحانی', 'Роухани', 'Ruhani', 'Dr. Hassan Rouhani', 'Хасан Роухани'],
  ['Vladimir Putin', 'بوتين', 'پوتین', 'Путин', 'Poutine', 'Putin', 'Владимир Путин', 'فلاديمير بوتين'],
  ['Nagorno-Karabakh', 'Karabakh', 'Karabkh', 'قره باغ', 'قرة باغ', 'Карабах', 'Karabağ', 'Ղարաբաղ', 'Нагорный Карабах', 'ناغورنو كاراباخ'],
  ['Lavrov', 'لافروف', 'Лавров', 'Sergey Lavrov', 'سيرغي لافروف'],
  ['Aliyev', 'علييف', 'Алиев', 'Əliyev', 'Ilham Aliyev', 'İlham Əliyev', 'إلهام علييف'],
  ['Jalali', 'جلالي', 'Kazem Jalali', 'کاظم جلالی'],
  ['Araqchi', 'Araghchi', 'عراقچی', 'عراقجي', 'Аракчи', 'Abbas Araghchi', 'عباس عراقجي', 'Аббас Аракчи'],
  ['Mnatsakanyan', 'Mnatsakanian', 'Зограб Мнацаканян', 'Մնացականյան', 'مناتساكانيان'],
  ['Ayatollah Ali Khamenei', 'علي خامنئي', 'آیت‌الله خامنه‌ای', 'Khamenei', 'Али Хаменеи', 'Ayatollah Seyyed Ali Khamenei'],
  ['Bashar al-Assad', 'بشار الأسد', 'Башар Асад', 'Assad', 'الأسد'],
  ['Recep Tayyip Erdoğan', 'Erdogan', 'أردوغان', 'Эрдоган', 'رجب طيب أردوغان'],
  ['Tehran', 'تهران', 'Тегеран', 'Teheran', 'Téhéran', 'طهران'],
  ['Yerevan', 'Երևան', 'Ереван', 'Erevan', 'يريفان', 'ایروان'],
  ['Tbilisi', 'თბილისი', 'Тбилиси', 'تبليسي'],
  ['Benjamin Netanyahu', 'בנימין נתניהו', 'نتنياهو', 'Нетаньяху', 'Binyamin Netanyahu'],
  ['Kyriakos Mitsotakis', 'Κυριάκος Μητσοτάκης', 'Mitsotakis', 'Мицотакис'],
  ['Volodymyr Zelensky', 'Володимир Зеленський', 'Zelenskyy', 'زيلينسكي', 'Зеленский', 'Zelenskiy'],
  ['Nikol Pashinyan', 'Никол Пашинян', 'Pashinyan', 'باشينيان', 'پاشینیان', 'Փաշինյան', 'Pashinian'],
  ['Irakli Kobakhidze', 'ირაკლი კობახიძე', 'Kobakhidze', 'Кобахидзе'],
  ['Sergei Shoigu', 'Сергей Шойгу', 'Shoigu', 'شويغو', 'Shoygu'],
  ['Baku', 'باكو', 'Баку', 'Bakı', 'Bakou'],
  ['Stepanakert', 'Ստեփանակերտ', 'Степанакерт', 'ستيباناكيرت'],
  ['Isfahan', 'اصفهان', 'Esfahan', 'Исфахан'],
  ['Mohammad Javad Zarif', 'محمد جواد ظريف', 'Javad Zarif', 'Мохаммад Джавад Зариф', 'Mohammed Javad Zarif'],
  ['Abdel Fattah el-Sisi', 'عبد الفتاح السيسي', 'Sisi', 'السيسي', 'Абдель Фаттах ас-Сиси'],
  ['Ebrahim Raisi', 'ابراهیم رئیسی', 'Ибрахим Раиси', 'Raisi', 'إبراهيم رئيسي'],
  ['Hezbollah', 'حزب الله', 'Хезболла', 'Hizbullah'],
  ['Hamas', 'حماس', 'ХАМАС', 'חמאס'],
  ['Shusha', 'Şuşa', 'Шуша', 'شوشا', 'Shushi'],
  ['Ganja', 'Gəncə', 'Гянджа', 'گنجه'],
  ['Moscow', 'Москва', 'موسكو', 'مسکو', 'Moskva'],
  ['Istanbul', 'İstanbul', 'إسطنبول', 'Стамбул', 'استانبول'],
];

/**
 * Distinct people and places, each written once in some script: no two of
 * them may be judged the same. Several are near-homophones on purpose
 * (Tehran/Tirana, Khamenei/Khomeini, Jalali/Jalili, Kazan/Qazvin, Iran/Iraq).
 */
export const DISTINCT_NAMES: readonly string[] = [
  'Vladimir Putin',
  'Никол Пашинян',
  'Андрей Руденко',
  'Hassan Rouhani',
  'Ilham Aliyev',
  'Сергей Лавров',
  'Tehran',
  'Tirana',
  'علي خامنئي',
  'Ruhollah Khomeini',
  'Saeed Jalili',
  'Kazem Jalali',
  'Mahmoud Abbas',
  'عباس عراقچی',
  'Hassan Nasrallah',
  'Bashar al-Assad',
  'عبد الفتاح السيسي',
  'Recep Tayyip Erdoğan',
  'בנימין נתניהו',
  'Κυριάκος Μητσοτάκης',
  'ირაკლი კობახიძე',
  'Արարատ Միրզոյան',
  'Джейхун Байрамов',
  'Mohammad Javad Zarif',
  'علي لاريجاني',
  'Masoud Pezeshkian',
  'إبراهيم رئيسي',
  'Volodymyr Zelensky',
  'Sergei Shoigu',
  'Baku',
  'بيروت',
  'Yerevan',
  'Stepanakert',
  'Шуша',
  'Ganja',
  'غزة',
  'Qazvin',
  'Казань',
  'Isfahan',
  'Islamabad',
  'Istanbul',
  'Iran',
  'Iraq',
  'Москва',
  'الموصل',
  'دمشق',
  'Doha',
  'Dubai',
  'Hezbollah',
  'Hamas',
  'تبريز',
  'Тбилиси',
  'Batumi',
  'Ardahan',
];

/** Near-misses checked one by one: each pair names two different entities. */
export const DISTINCT_PAIRS: readonly NamePair[] = [
  { a: 'Putin', b: 'Pashinyan' },
  { a: 'Rouhani', b: 'Rudenko' },
  { a: 'Aliyev', b: 'Lavrov' },
  { a: 'Tehran', b: 'Tirana' },
  { a: 'Ali Khamenei', b: 'Ruhollah Khomeini' },
  { a: 'Saeed Jalili', b: 'Kazem Jalali' },
  { a: 'Iran', b: 'Iraq' },
  { a: 'Kazan', b: 'Qazvin' },
  { a: 'Gaza', b: 'Ganja' },
  { a: 'Hassan Rouhani', b: 'Hassan Nasrallah' },
  { a: 'Mahmoud Abbas', b: 'Abbas Araghchi' },
  { a: 'Ali Khamenei', b: 'Ali Larijani' },
  { a: 'Ali', b: 'Aliyev' },
  { a: 'Mosul', b: 'Moscow' },
  { a: 'Mojtaba Khamenei', b: 'Ali Khamenei' },
  { a: 'Austria', b: 'Australia' },
  { a: 'Erdogan', b: 'Ardahan' },
];

/**
 * Different people or places whose names score at or above the threshold:
 * one vowel or one letter apart, nothing a spelling-based score can separate.
 * Reported by the benchmark, not asserted; telling them apart needs context
 * (the other words of the name, co-occurring entities, the date).
 */
export const KNOWN_COLLISIONS: readonly NamePair[] = [
  { a: 'Putin', b: 'Patten' },
  { a: 'Jalali', b: 'Jalili' },
  { a: 'Abbas', b: 'Abbasi' },
  { a: 'Mosul', b: 'Musil' },
  { a: 'Saleh', b: 'Salah' },
  { a: 'خامنئي', b: 'خميني' },
];

/**
 * Held out: written after the costs and the threshold were set and scored
 * once, untuned (precision 1.000, recall 0.930 at 0.82). Keep them out of
 * tuning, or the benchmark loses its only honest number.
 */
export const HELD_OUT_GROUPS: readonly (readonly string[])[] = [
  ['Ali Larijani', 'علي لاريجاني', 'Али Лариджани', 'Larijani'],
  ['Saeed Jalili', 'سعيد جليلي', 'Саид Джалили'],
  ['Masoud Pezeshkian', 'مسعود پزشکیان', 'Масуд Пезешкиан', 'Pezeshkian', 'مسعود بزشكيان'],
  ['Mohammad Bagher Ghalibaf', 'محمد باقر قالیباف', 'Ghalibaf', 'Qalibaf', 'Галибаф'],
  ['Jeyhun Bayramov', 'Ceyhun Bayramov', 'Джейхун Байрамов', 'جيهون بيراموف'],
  ['Ararat Mirzoyan', 'Արարատ Միրզոյան', 'Арарат Мирзоян', 'Mirzoyan'],
  ['Hakan Fidan', 'هاكان فيدان', 'Хакан Фидан'],
  ['Emmanuel Macron', 'إيمانويل ماكرون', 'Эммануэль Макрон', 'Macron', 'امانوئل مکرون'],
  ['Mohammed bin Salman', 'محمد بن سلمان', 'Мухаммед бен Сальман'],
  ['Kharkiv', 'Харків', 'Харьков', 'Kharkov', 'خاركيف'],
  ['Mariupol', 'Маріуполь', 'Мариуполь', 'ماريوبول'],
  ['Homs', 'حمص', 'Хомс'],
  ['Mashhad', 'مشهد', 'Мешхед', 'Meshed'],
  ['Gyumri', 'Գյումրի', 'Гюмри'],
  ['Lachin', 'Laçın', 'Лачин', 'لاچین'],
  ['Kutaisi', 'ქუთაისი', 'Кутаиси'],
  ['Yahya Sinwar', 'يحيى السنوار', 'Яхья Синвар', 'Sinwar'],
  ['Isaac Herzog', 'יצחק הרצוג', 'Ицхак Герцог', 'Herzog'],
  ['Nakhchivan', 'Naxçıvan', 'Нахичевань', 'نخجوان', 'Նախիջևան'],
  ['Thessaloniki', 'Θεσσαλονίκη'],
];

/** Held-out distinct names: each group's first spelling plus these places. */
export const HELD_OUT_DISTINCT_NAMES: readonly string[] = [
  ...HELD_OUT_GROUPS.map((group) => group[0]!),
  ...['خان يونس', 'Rafah', 'جنين', 'Nablus', 'Urmia', 'اهواز', 'Abadan', 'Bandar Abbas', 'کرمان', 'Karaj'],
  ...['Kirkuk', 'أربيل', 'Basra', 'Najaf', 'كربلاء', 'Latakia', 'Tartus', 'إدلب', 'Raqqa', 'Хама'],
];

/** Every spelling of each group against the group's first spelling. */
export function sameEntityPairs(groups: readonly (readonly string[])[] = SAME_ENTITY_GROUPS): NamePair[] {
  return groups.flatMap((group) => group.slice(1).map((b) => ({ a: group[0]!, b })));
}

/** Every pair of `names` (default DISTINCT_NAMES, then DISTINCT_PAIRS). */
export function distinctEntityPairs(names: readonly string[] = DISTINCT_NAMES): NamePair[] {
  const pairs: NamePair[] = [];
  for (let i = 0; i < names.length; i += 1) for (let j = i + 1; j < names.length; j += 1) pairs.push({ a: names[i]!, b: names[j]! });
  return names === DISTINCT_NAMES ? [...pairs, ...DISTINCT_PAIRS] : pairs;
}
