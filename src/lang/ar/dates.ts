import type { DateVocabulary } from '../types.js';

/**
 * Arabic date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  // Egyptian/Gulf (يناير), Levantine and Iraqi (كانون الثاني), Moroccan (يوليوز، غشت) and Tunisian/Algerian (جانفي، أوت) Gregorian names, and Hijri months.
  monthLocales: [
    { locale: 'ar', calendar: 'gregory' },
    { locale: 'ar-SY', calendar: 'gregory' },
    { locale: 'ar-IQ', calendar: 'gregory' },
    { locale: 'ar-LB', calendar: 'gregory' },
    { locale: 'ar-MA', calendar: 'gregory' },
    { locale: 'ar-TN', calendar: 'gregory' },
    { locale: 'ar-DZ', calendar: 'gregory' },
    { locale: 'ar', calendar: 'islamic' },
  ],
  dayFirst: true,
  relativeDays: { today: ['اليوم'], yesterday: ['أمس', 'الأمس'], tomorrow: ['غدا', 'غداً'] },
  timezones: {
    'بتوقيت غرينتش': 'Z',
    'بتوقيت غرينيتش': 'Z',
    'بتوقيت جرينتش': 'Z',
    'بتوقيت جرينيتش': 'Z',
    'ت.غ': 'Z',
    'بتوقيت مكة المكرمة': '+03:00',
    'بتوقيت مكة': '+03:00',
    'بتوقيت موسكو': '+03:00',
  },
  ordinalSuffixes: [],
  connectors: ['من'],
  yearSuffixes: [{ text: 'م' }, { text: 'ميلادي' }, { text: 'ميلادية' }, { text: 'هـ', calendar: 'islamic' }, { text: 'للهجرة', calendar: 'islamic' }, { text: 'هجري', calendar: 'islamic' }, { text: 'هجرية', calendar: 'islamic' }],
  timeConnectors: ['الساعة', 'في الساعة', 'عند الساعة', 'على الساعة', 'في تمام الساعة'],
  timeSuffixes: [],
  dayPeriods: { am: ['صباحا', 'صباحاً'], pm: ['مساء', 'مساءً', 'ظهرا', 'ظهراً'] },
  publishedCues: ['نشر', 'نُشر', 'تاريخ النشر'],
  updatedCues: ['تحديث', 'آخر تحديث', 'حدث'],
};
