import type { TimeVocabulary } from '../types.js';

/** English words for relative days and periods, ranges and years, as wire and newspaper copy writes them. */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'the day before yesterday', offset: -2 },
    { text: 'the day after tomorrow', offset: 2 },
    { text: 'this morning', offset: 0 },
    { text: 'this afternoon', offset: 0 },
    { text: 'this evening', offset: 0 },
    { text: 'tonight', offset: 0 },
    { text: 'earlier today', offset: 0 },
    { text: 'later today', offset: 0 },
    // Morning and evening papers alike use it for the evening before the day of publication.
    { text: 'last night', offset: -1 },
  ],
  notRelative: [],
  numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  vagueNumbers: ['a few', 'few', 'several', 'some'],
  units: {
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: [], after: ['ago'] },
  fromNow: { before: [], after: ['from now'] },
  anchorLinks: [],
  anchored: { before: [], after: ['later', 'earlier', 'before', 'after', 'afterwards', 'beforehand'] },
  // Not "past": "the past week" is the seven days before publication, not the calendar week before.
  last: { before: ['last', 'previous'], after: [] },
  next: { before: ['next', 'coming', 'this coming'], after: [] },
  current: { before: ['this', 'earlier this', 'later this'], after: [] },
  weekdayForms: [[], [], [], [], [], [], []],
  weekdayCues: { before: ['on'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['in', 'since', 'until', 'by', 'in the year'], after: [] },
  rangeOpeners: ['between', 'from'],
  rangeJoiners: ['to', 'until', 'till', 'through'],
  pairJoiners: ['and'],
  rangeClosers: [],
  clockWords: [
    { text: 'noon', hour: 12, minute: 0 },
    { text: 'midday', hour: 12, minute: 0 },
    { text: 'midnight', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['will', "'ll", 'shall', 'is due', 'are due', 'is scheduled', 'are scheduled', 'is expected to', 'are expected to', 'is set to', 'are set to', 'plans to', 'to be held'], after: [] },
};
