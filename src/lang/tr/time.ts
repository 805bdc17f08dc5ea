import type { TimeVocabulary } from '../types.js';

/**
 * Turkish words for relative days and periods, ranges and years. Turkish glues case endings to numbers
 * after an apostrophe ("1988'de", "1992'den beri"); the endings are listed as the words after the year.
 */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'evvelsi gün', offset: -2 },
    { text: 'önceki gün', offset: -2 },
    { text: 'dün akşam', offset: -1 },
    { text: 'bu sabah', offset: 0 },
    { text: 'bu akşam', offset: 0 },
    { text: 'bugün öğleden sonra', offset: 0 },
  ],
  notRelative: [],
  numbers: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10 },
  vagueNumbers: ['birkaç', 'bir kaç'],
  units: {
    day: ['gün'],
    week: ['hafta'],
    month: ['ay'],
    year: ['yıl', 'sene'],
  },
  countedUnits: [],
  periodWords: [{ text: 'haftaya', unit: 'week', offset: 1 }],
  ago: { before: [], after: ['önce', 'evvel'] },
  fromNow: { before: [], after: [] },
  // "iki gün sonra" is as often "two days later" in a narrative as "in two days".
  anchorLinks: [],
  anchored: { before: [], after: ['sonra'] },
  last: { before: ['geçen', 'geçtiğimiz'], after: [] },
  next: { before: ['gelecek', 'önümüzdeki', 'bir sonraki'], after: [] },
  current: { before: ['bu'], after: [] },
  weekdayForms: [[], [], [], [], [], [], []],
  weekdayCues: { before: [], after: ['günü'] },
  // "pazar" is also "market", "cuma" the Friday prayer: a day needs "günü" or a marker.
  bareWeekdays: false,
  yearCues: { before: [], after: ['yılında', 'yılı', "'de", "'da", "'te", "'ta", "'den beri", "'dan beri", "'ten beri", "'tan beri", 'yılından beri', 'yılından bu yana', "'den bu yana", "'dan bu yana"] },
  rangeOpeners: [],
  rangeJoiners: [],
  pairJoiners: ['ile'],
  rangeClosers: ['arasında', 'yılları arasında', 'yıllarında', 'yılları'],
  clockWords: [],
  futureCues: { before: [], after: [] },
};
