import type { TimeVocabulary } from '../types.js';

/** Ukrainian words for relative days and periods, ranges and years, in the cases the press writes them («у суботу», «минулого тижня», «два дні тому»). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'позавчора', offset: -2 },
    { text: 'післязавтра', offset: 2 },
    { text: 'сьогодні вранці', offset: 0 },
    { text: 'вчора ввечері', offset: -1 },
    { text: 'учора ввечері', offset: -1 },
  ],
  notRelative: [],
  numbers: { один: 1, одна: 1, одну: 1, два: 2, дві: 2, двох: 2, три: 3, трьох: 3, чотири: 4, "п'ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, десять: 10 },
  vagueNumbers: ['кілька', 'кількох'],
  units: {
    day: ['день', 'дні', 'днів', 'доби', 'діб'],
    week: ['тиждень', 'тижні', 'тижнів', 'тижня'],
    month: ['місяць', 'місяці', 'місяців', 'місяця'],
    year: ['рік', 'роки', 'років', 'року', 'році'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: [], after: ['тому'] },
  fromNow: { before: ['через'], after: [] },
  anchorLinks: [],
  anchored: { before: ['згодом'], after: ['потому', 'пізніше', 'раніше'] },
  last: { before: ['минулого', 'минулий', 'минулу', 'минулому', 'минулої', 'у минулий', 'в минулий', 'у минулу', 'в минулу', 'на минулому'], after: [] },
  next: { before: ['наступного', 'наступний', 'наступну', 'наступному', 'у наступний', 'в наступний', 'у наступну', 'в наступну', 'на наступному'], after: [] },
  current: { before: ['цього', 'цей', 'цю', 'цьому', 'на цьому', 'у цьому', 'в цьому'], after: [] },
  // Accusative after «у»/«в»: «у суботу», «у середу», «у п'ятницю», «у неділю».
  weekdayForms: [['неділю'], ['понеділок'], ['вівторок'], ['середу'], ['четвер'], ["п'ятницю"], ['суботу']],
  weekdayCues: { before: ['у', 'в'], after: [] },
  bareWeekdays: false,
  // A word before the year («в 1988 году») widens the span; the mark after it is what makes the number a year.
  yearCues: { before: ['у', 'в', 'з', 'із', 'до', 'після'], after: ['році', 'року', 'р', 'р.'] },
  rangeOpeners: ['з', 'із', 'між', 'у', 'в'],
  rangeJoiners: ['по', 'до'],
  pairJoiners: ['і', 'та'],
  rangeClosers: ['роки', 'роках', 'років', 'рр', 'рр.'],
  clockWords: [
    { text: 'полудня', hour: 12, minute: 0 },
    { text: 'опівдні', hour: 12, minute: 0 },
    { text: 'опівночі', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['буде', 'будуть', 'відбудеться', 'планує', 'планують'], after: ['відбудеться'] },
};
