import type { EntityCues } from '../types.js';

/** Urdu words around names of people, places and organisations, as the Pakistani press writes them. */
export const entities: EntityCues = {
  // "امیر" and "شاہ" are left out: Amir Muqam and Shah Mahmood Qureshi carry them as given names.
  personTitles: [
    'صدر', 'صدر مملکت', 'سابق صدر', 'وزیراعظم', 'وزیر اعظم', 'سابق وزیراعظم', 'نائب وزیراعظم', 'وزیر خارجہ',
    'وزیر داخلہ', 'وزیر دفاع', 'وزیر خزانہ', 'وزیر اطلاعات', 'وفاقی وزیر', 'وزیر مملکت', 'وزیر', 'وزیراعلیٰ',
    'وزیر اعلیٰ', 'گورنر', 'اسپیکر', 'ڈپٹی اسپیکر', 'چیئرمین', 'سینیٹر', 'رکن قومی اسمبلی',
    'قائد حزب اختلاف', 'اپوزیشن لیڈر', 'معاون خصوصی', 'سفیر', 'ہائی کمشنر', 'ترجمان', 'ترجمان دفتر خارجہ',
    'سیکرٹری خارجہ', 'سیکرٹری جنرل', 'ڈائریکٹر جنرل', 'میئر', 'آرمی چیف', 'جنرل', 'لیفٹیننٹ جنرل',
    'میجر جنرل', 'بریگیڈیئر', 'کرنل', 'میجر', 'چیف جسٹس', 'جسٹس', 'بیرسٹر', 'ڈاکٹر', 'پروفیسر', 'مولانا',
    'مفتی', 'علامہ', 'شیخ', 'آیت اللہ', 'جناب', 'محترمہ', 'ولی عہد', 'شہزادہ', 'ملکہ', 'چانسلر',
  ],
  organizationWords: [
    'وزارت', 'دفتر خارجہ', 'دفتر', 'محکمہ', 'ادارہ', 'تنظیم', 'ایجنسی', 'کونسل', 'کمیٹی', 'کمیشن', 'بورڈ',
    'اتھارٹی', 'بیورو', 'گروپ', 'بینک', 'فنڈ', 'یونیورسٹی', 'جامعہ', 'انسٹی ٹیوٹ', 'مرکز', 'پارٹی', 'جماعت',
    'لیگ', 'تحریک', 'محاذ', 'اتحاد', 'فوج', 'افواج', 'فورسز', 'پولیس', 'یونین', 'فیڈریشن', 'ایسوسی ایشن',
    'انجمن', 'عدالت', 'کورٹ', 'پارلیمنٹ', 'اسمبلی', 'سینیٹ', 'کمپنی', 'کارپوریشن', 'لمیٹڈ', 'فاؤنڈیشن',
    'ٹرسٹ',
  ],
  // "ملک" is left out: it is as often the name Malik.
  placeWords: [
    'شہر', 'قصبہ', 'گاؤں', 'دارالحکومت', 'صوبہ', 'صوبے', 'ضلع', 'تحصیل', 'علاقہ', 'علاقے', 'ریاست',
    'جمہوریہ', 'سرحد', 'بندرگاہ', 'جزیرہ',
  ],
  nameParticles: ['بن', 'بنت', 'ابن', 'ابو'],
  givenNames: [],
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [],
  // Postpositions ("کا", "نے", "میں") are written apart from the name.
  cliticPrefixes: [],
  cliticSuffixes: [],
  placePrepositions: [],
  determiners: [],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: { US: ['امریکی'], GB: ['برطانوی'], DE: ['جرمن'], TR: ['ترک'], IT: ['اطالوی'], SA: ['سعودی'], AE: ['اماراتی'], AU: ['آسٹریلوی'], CA: ['کینیڈین'], MX: ['میکسیکن'], NG: ['نائجیرین'], FR: ['فرانسیسی'] },
};
