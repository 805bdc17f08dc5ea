import type { DateVocabulary } from '../types.js';

/**
 * Armenian date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'hy', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['այսօր'], yesterday: ['երեկ'], tomorrow: ['վաղը'] },
  // Armenia has kept +04:00 all year since 2012.
  timezones: { 'Երևանի ժամանակով': '+04:00' },
  ordinalSuffixes: ['ին', 'ը'],
  connectors: [],
  yearSuffixes: [{ text: 'թ' }, { text: 'թվականի' }, { text: 'թվական' }],
  timeConnectors: ['ժամը'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['հրապարակված', 'հրապարակվել է'],
  updatedCues: ['թարմացված', 'թարմացվել է'],
};
