import type { DateVocabulary } from '../types.js';

/**
 * Russian date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'ru', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['сегодня'], yesterday: ['вчера'], tomorrow: ['завтра'] },
  timezones: {
    'МСК': '+03:00',
    'по московскому времени': '+03:00',
    'по Москве': '+03:00',
    'по Гринвичу': 'Z',
  },
  ordinalSuffixes: ['го'],
  connectors: [],
  yearSuffixes: [{ text: 'года' }, { text: 'год' }, { text: 'г' }],
  timeConnectors: ['в'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['опубликовано', 'дата публикации'],
  updatedCues: ['обновлено', 'изменено'],
};
