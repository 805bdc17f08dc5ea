/**
 * The words a language's press uses for time expressions beyond dates: days and periods counted
 * from the day of publication ("two days ago", «на прошлой неделе», "الثلاثاء الماضي"), ranges
 * ("between 1988 and 1994") and years ("in 1988"). Read by src/pipeline/time/. Every entry is a
 * real written form, matched after `foldForMatch` (case, diacritics, Arabic-script letter variants
 * and ZWNJ need no second entry). Weekday and month names come from CLDR (`dateNames`), and
 * today / yesterday / tomorrow from `dates.relativeDays`: they are not repeated here.
 */

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Marker words written before or after what they mark ("last week" / «la semaine dernière»). */
export interface TimeMarkers {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface TimeVocabulary {
  /** Calendar the press counts "last month" and "this year" in (Iranian outlets: Solar Hijri). */
  readonly relativeCalendar: 'gregory' | 'persian';
  /** First day of the week "last week" refers to, 0 = Sunday … 6 = Saturday. */
  readonly weekStartsOn: number;
  /** Day words beyond `dates.relativeDays`, with their distance in days from publication ("the day before yesterday" −2, "this morning" 0). */
  readonly dayOffsets: readonly { readonly text: string; readonly offset: number }[];
  /**
   * Phrases that contain a relative day word without being one ("por la mañana" is "in the morning",
   * not "tomorrow"); read first, so the word inside them is not.
   */
  readonly notRelative: readonly string[];
  /** Number words one to ten in every form written before a unit ("two", «две», «двух», "اثنين", "einem"). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Words for an unknown small count ("a few", "several", «несколько», "چند", "quelques"): the expression is read, its value unknown. */
  readonly vagueNumbers: readonly string[];
  /** Unit words in every form written after a number or a marker ("days", «дня», «дней», «неделе», "أيام"), with the article where the language writes one ("la semaine"). */
  readonly units: Readonly<Record<TimeUnit, readonly string[]>>;
  /** Unit words that carry their own count: the Arabic dual ("يومين", two days). */
  readonly countedUnits: readonly { readonly text: string; readonly unit: TimeUnit; readonly count: number }[];
  /** One word for a whole period relative to publication ("پارسال" last year, "امسال" this year, "haftaya" next week). */
  readonly periodWords: readonly { readonly text: string; readonly unit: TimeUnit; readonly offset: number }[];
  /** A count of units before publication: "ago", «назад», "önce", "پیش" after it; "il y a", "vor", "hace", "قبل", "منذ" before it. */
  readonly ago: TimeMarkers;
  /** A count of units after publication: «через», "dans", "dentro de" before it; "from now" after it. */
  readonly fromNow: TimeMarkers;
  /**
   * Words after a count opened by an "ago" or "in" word that tie it to another event instead of publication:
   * "قبل أسبوع من الانتخابات" is a week before the elections.
   */
  readonly anchorLinks: readonly string[];
  /** A count of units after some other event ("two days later", "deux jours plus tard"): read so it is not taken as counted from publication; resolves to unknown. */
  readonly anchored: TimeMarkers;
  /** The period or weekday before the current one: "last", "past", «прошлой», "dernière", "الماضي", "گذشته", "geçen". */
  readonly last: TimeMarkers;
  /** The one after: "next", "coming", «следующей», "prochaine", "المقبل", "آینده", "gelecek". */
  readonly next: TimeMarkers;
  /** The current one: "this", "earlier this", "cette", «этом», "هذا", "این", "bu". */
  readonly current: TimeMarkers;
  /** Weekday forms beyond CLDR's, index 0 = Sunday (Russian accusative «субботу», Polish «sobotę»). */
  readonly weekdayForms: readonly (readonly string[])[];
  /** Words that make a weekday name a day: "on", «в», "am", "يوم", "روز" before it; "günü" after it. Kept in the span. */
  readonly weekdayCues: TimeMarkers;
  /** Whether a weekday name alone is a day: false where it needs a cue (Russian «среда» is also "environment"). */
  readonly bareWeekdays: boolean;
  /** Words that make a four-digit number a year: "in", "since", "عام", "سال" before it; «году», "yılında" after it. */
  readonly yearCues: TimeMarkers;
  /** Words that open a range ("between", "from", "entre", «с», "بين", "از"). */
  readonly rangeOpeners: readonly string[];
  /** Words that join two ends into a range on their own ("to", "until", «по», "إلى", "تا"). */
  readonly rangeJoiners: readonly string[];
  /** Words that join two ends into a range only after an opener or before a closer ("and", "et", "و", "ile"). */
  readonly pairJoiners: readonly string[];
  /** Words that close a range after its second end ("arasında", «годами»). */
  readonly rangeClosers: readonly string[];
  /** Clock words that name an hour ("noon", "midi", «полдень», "ظهر"). */
  readonly clockWords: readonly { readonly text: string; readonly hour: number; readonly minute: number }[];
  /**
   * Words that make a bare weekday lie ahead of publication when written shortly before it in the same
   * sentence ("will meet on Monday", "سوف", «будет»), or after it for verb-final languages ("خواهد").
   */
  readonly futureCues: TimeMarkers;
}
