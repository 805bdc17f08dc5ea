import type { TimeVocabulary } from '../types.js';

/** Polish words for relative days and periods, ranges and years, in the cases the press writes them ("w sobotę", "w zeszłym tygodniu", "dwa dni temu"). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'przedwczoraj', offset: -2 },
    { text: 'pojutrze', offset: 2 },
    { text: 'dziś rano', offset: 0 },
    { text: 'wczoraj wieczorem', offset: -1 },
  ],
  notRelative: [],
  numbers: { jeden: 1, jedna: 1, jedno: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, pięć: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10 },
  vagueNumbers: ['kilka', 'kilku'],
  units: {
    day: ['dzień', 'dni', 'dnia'],
    week: ['tydzień', 'tygodnie', 'tygodni', 'tygodniu'],
    month: ['miesiąc', 'miesiące', 'miesięcy', 'miesiącu'],
    year: ['rok', 'lata', 'lat', 'roku'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: [], after: ['temu'] },
  fromNow: { before: ['za'], after: [] },
  anchorLinks: [],
  anchored: { before: [], after: ['później', 'wcześniej'] },
  last: { before: ['w zeszłym', 'w ubiegłym', 'w ostatni', 'w ostatnią', 'w zeszły', 'w zeszłą', 'w ubiegły', 'w ubiegłą', 'zeszły', 'zeszła', 'ubiegły', 'ubiegła'], after: [] },
  next: { before: ['w przyszłym', 'w przyszły', 'w przyszłą', 'w najbliższy', 'w najbliższą', 'przyszły', 'przyszła'], after: [] },
  current: { before: ['w tym', 'w tę', 'w ten'], after: [] },
  // Accusative after "w": «w sobotę», «w niedzielę», «w środę»; «we wtorek» is the nominative.
  weekdayForms: [['niedzielę'], ['poniedziałek'], ['wtorek'], ['środę'], ['czwartek'], ['piątek'], ['sobotę']],
  weekdayCues: { before: ['w', 'we'], after: [] },
  bareWeekdays: false,
  // A word before the year («в 1988 году») widens the span; the mark after it is what makes the number a year.
  yearCues: { before: ['w', 'we', 'od', 'do', 'po'], after: ['roku', 'r', 'r.'] },
  rangeOpeners: ['od', 'między', 'w latach'],
  rangeJoiners: ['do'],
  pairJoiners: ['a'],
  rangeClosers: [],
  clockWords: [
    { text: 'południe', hour: 12, minute: 0 },
    { text: 'północy', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['będzie', 'będą', 'odbędzie się', 'ma się odbyć'], after: ['odbędzie się'] },
};
