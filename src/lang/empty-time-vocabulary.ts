import type { TimeVocabulary } from './time-vocabulary.js';

/**
 * The vocabulary of a language whose relative-time words have not been checked against its press:
 * every list empty, so nothing is read from guesses. Weekday names still come from CLDR (with a cue
 * required, as no cue word is known) and today / yesterday / tomorrow from the pack's `dates`.
 */
export function emptyTimeVocabulary(calendar: Pick<TimeVocabulary, 'relativeCalendar' | 'weekStartsOn'>): TimeVocabulary {
  const none = { before: [], after: [] };
  return {
    ...calendar,
    dayOffsets: [],
    notRelative: [],
    numbers: {},
    vagueNumbers: [],
    anchorLinks: [],
    units: { day: [], week: [], month: [], year: [] },
    countedUnits: [],
    periodWords: [],
    ago: none,
    fromNow: none,
    anchored: none,
    last: none,
    next: none,
    current: none,
    weekdayForms: [[], [], [], [], [], [], []],
    weekdayCues: none,
    bareWeekdays: false,
    yearCues: none,
    rangeOpeners: [],
    rangeJoiners: [],
    pairJoiners: [],
    rangeClosers: [],
    clockWords: [],
    futureCues: none,
  };
}
