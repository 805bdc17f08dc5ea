import type { DateVocabulary } from '../types.js';

/**
 * English date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'en', calendar: 'gregory' }],
  // British and international English write 10/11/2020 as 10 November; callers pass preferDayFirst: false (or the tag en-US) for US outlets.
  dayFirst: true,
  relativeDays: { today: ['today'], yesterday: ['yesterday'], tomorrow: ['tomorrow'] },
  timezones: {
    BST: '+01:00',
    CET: '+01:00',
    CEST: '+02:00',
    EST: '-05:00',
    EDT: '-04:00',
    PST: '-08:00',
    PDT: '-07:00',
    MSK: '+03:00',
    'Moscow time': '+03:00',
    'Greenwich Mean Time': 'Z',
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  connectors: ['of'],
  yearSuffixes: [{ text: 'AD' }],
  timeConnectors: ['at'],
  timeSuffixes: ["o'clock"],
  dayPeriods: { am: ['a.m', 'am'], pm: ['p.m', 'pm'] },
  publishedCues: ['published', 'posted', 'first published'],
  updatedCues: ['updated', 'last updated', 'modified', 'last modified', 'revised', 'last edited'],
};
