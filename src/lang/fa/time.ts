import type { TimeVocabulary } from '../types.js';

/**
 * Persian words for relative days and periods, ranges and years. Iranian outlets count months and
 * years in the Solar Hijri calendar ("سال گذشته" is the last Solar Hijri year) and start the week on
 * Saturday. ZWNJ and its absence fold alike ("سه‌شنبه", "سهشنبه"); a space is listed where outlets write one.
 */
export const time: TimeVocabulary = {
  relativeCalendar: 'persian',
  weekStartsOn: 6,
  dayOffsets: [
    { text: 'پریروز', offset: -2 },
    // "the past day": how Iranian agencies write "yesterday".
    { text: 'روز گذشته', offset: -1 },
    { text: 'پس‌فردا', offset: 2 },
    { text: 'پس فردا', offset: 2 },
    { text: 'امشب', offset: 0 },
    { text: 'دیشب', offset: -1 },
    { text: 'صبح امروز', offset: 0 },
    { text: 'عصر امروز', offset: 0 },
    { text: 'صبح دیروز', offset: -1 },
    { text: 'عصر دیروز', offset: -1 },
  ],
  notRelative: [],
  numbers: { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10 },
  vagueNumbers: ['چند'],
  units: {
    day: ['روز'],
    week: ['هفته'],
    month: ['ماه'],
    year: ['سال'],
  },
  countedUnits: [],
  periodWords: [
    { text: 'امسال', unit: 'year', offset: 0 },
    { text: 'پارسال', unit: 'year', offset: -1 },
  ],
  ago: { before: [], after: ['پیش', 'قبل'] },
  fromNow: { before: [], after: ['دیگر', 'بعد از این'] },
  anchorLinks: [],
  anchored: { before: [], after: ['بعد', 'پس از', 'قبل از', 'بعد از', 'پیش از', 'پس از آن', 'بعد از آن'] },
  last: { before: [], after: ['گذشته', 'پیش', 'قبل'] },
  next: { before: [], after: ['آینده', 'آتی'] },
  current: { before: ['این'], after: ['جاری'] },
  weekdayForms: [[], [], [], [], [], [], []],
  weekdayCues: { before: ['روز'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['سال', 'در سال', 'از سال', 'تا سال'], after: [] },
  rangeOpeners: ['از', 'از سال', 'بین', 'بین سال‌های', 'بین سالهای', 'میان'],
  rangeJoiners: ['تا'],
  pairJoiners: ['و'],
  rangeClosers: [],
  clockWords: [
    { text: 'ظهر', hour: 12, minute: 0 },
    { text: 'نیمه‌شب', hour: 0, minute: 0 },
    { text: 'نیمه شب', hour: 0, minute: 0 },
  ],
  futureCues: { before: [], after: ['خواهد', 'خواهند', 'برگزار می‌شود', 'برگزار خواهد شد'] },
};
