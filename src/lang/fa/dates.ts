import type { DateVocabulary } from '../types.js';

/**
 * Persian date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  // Solar Hijri months (فروردین…), the Persian forms of the Gregorian months (ژانویه، اکتبر…) and Hijri months.
  monthLocales: [
    { locale: 'fa', calendar: 'gregory' },
    { locale: 'fa', calendar: 'persian' },
    { locale: 'fa', calendar: 'islamic' },
  ],
  dayFirst: true,
  relativeDays: { today: ['امروز'], yesterday: ['دیروز'], tomorrow: ['فردا'] },
  // Tehran time is left out: Iran kept daylight saving until 2022, so "به وقت تهران" alone does not fix the offset.
  timezones: { 'به وقت گرینویچ': 'Z', 'بوقت گرینویچ': 'Z', 'به وقت مسکو': '+03:00' },
  ordinalSuffixes: ['ام'],
  connectors: [],
  yearSuffixes: [{ text: 'ه.ش', calendar: 'persian' }, { text: 'هـ.ش', calendar: 'persian' }, { text: 'هجری شمسی', calendar: 'persian' }, { text: 'شمسی', calendar: 'persian' }, { text: 'ش', calendar: 'persian' }, { text: 'ه.ق', calendar: 'islamic' }, { text: 'هـ.ق', calendar: 'islamic' }, { text: 'هجری قمری', calendar: 'islamic' }, { text: 'قمری', calendar: 'islamic' }, { text: 'ق', calendar: 'islamic' }, { text: 'میلادی', calendar: 'gregory' }, { text: 'م', calendar: 'gregory' }],
  timeConnectors: ['ساعت', 'در ساعت'],
  timeSuffixes: [],
  // CLDR writes پنجشنبه and سه‌شنبه; outlets also write پنج شنبه, سه شنبه (a ZWNJ variant is added for every name).
  nameVariants: [{ pattern: /(?<=[^\s\u200c])شنبه$/u, replacement: ' شنبه' }],
  dayPeriods: { am: ['صبح', 'بامداد'], pm: ['بعدازظهر', 'بعد از ظهر', 'عصر', 'شب'] },
  publishedCues: ['تاریخ انتشار', 'منتشر شده'],
  updatedCues: ['به‌روزرسانی', 'به روزرسانی', 'بروزرسانی'],
};
