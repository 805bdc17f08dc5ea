/**
 * The shape every language pack has. A pack is data plus one normaliser: month
 * and weekday names come from CLDR through `Intl` (see cldr-names.ts), so a pack
 * only lists what CLDR does not give.
 */

import type { TimeVocabulary } from './time-vocabulary.js';
import type { EventVocabulary } from './event-vocabulary.js';

export type { TimeMarkers, TimeUnit, TimeVocabulary } from './time-vocabulary.js';
export type { EventVocabulary, RoleMarkers } from './event-vocabulary.js';

/** Calendars whose dates newsloom converts to Gregorian. */
export type CalendarSystem = 'gregory' | 'persian' | 'islamic';

/** The written forms of one month or weekday: full names and abbreviations. */
export interface NameForms {
  /** Full names in every grammatical form CLDR gives (format and standalone: «октября», «октябрь»). */
  readonly long: readonly string[];
  /** Abbreviations not already among the full names, without a trailing dot («окт», "Oct"). */
  readonly short: readonly string[];
}

/** The twelve months of one calendar as one locale writes them. */
export interface MonthNameSet {
  readonly calendar: CalendarSystem;
  /** The CLDR locale the names were read from, e.g. `ar-SY` or `fa-u-ca-persian`. */
  readonly locale: string;
  /** Index 0 is the first month of that calendar (January, Farvardin, Muharram). */
  readonly months: readonly NameForms[];
}

/** Everything the date parser reads from CLDR for one language, built on first use. */
export interface DateNames {
  /** One set per (locale, calendar) the language's press uses; the first is Gregorian. */
  readonly monthSets: readonly MonthNameSet[];
  /** Index 0 is Sunday. */
  readonly weekdays: readonly NameForms[];
  /** How the language writes AM and PM next to a time ("PM", "م", "ب.ظ"). */
  readonly dayPeriods: { readonly am: readonly string[]; readonly pm: readonly string[] };
}

/** A CLDR locale whose month names a language's outlets use, and the calendar they belong to. */
export interface MonthLocale {
  readonly locale: string;
  readonly calendar: CalendarSystem;
}

/** A word written after a year: «2020 года», "٢٠٢٠م", "۱۳۹۹ ه.ش". */
export interface YearSuffix {
  readonly text: string;
  /** Set when the suffix names the calendar ("هـ" is Hijri, "ه.ش" Solar Hijri). */
  readonly calendar?: CalendarSystem;
}

/** Date vocabulary beyond what `Intl` gives. Every list holds real, written forms. */
export interface DateVocabulary {
  /** CLDR locales to read month names from; the first must be Gregorian. */
  readonly monthLocales: readonly MonthLocale[];
  /** Whether "10/11/2020" means 10 November in this language's press. */
  readonly dayFirst: boolean;
  /** Words for the day of publication and its neighbours (for resolving relative dates later). */
  readonly relativeDays: { readonly today: readonly string[]; readonly yesterday: readonly string[]; readonly tomorrow: readonly string[] };
  /** Time-zone phrases and the UTC offset they state ('Z' or '+03:00'). */
  readonly timezones: Readonly<Record<string, string>>;
  /** Suffixes written after a day number ("10th", "1er", "10-го"). */
  readonly ordinalSuffixes: readonly string[];
  /** Words between day, month and year ("10 de octubre de 2020", "the 10th of October"). */
  readonly connectors: readonly string[];
  readonly yearSuffixes: readonly YearSuffix[];
  /** Words between a date and its time ("at", "um", "saat", "الساعة"). */
  readonly timeConnectors: readonly string[];
  /** Words after a time ("Uhr", "uur", "hs"). */
  readonly timeSuffixes: readonly string[];
  /** Other spellings of CLDR names the press uses, as rewrites of a CLDR name (پنجشنبه → پنج شنبه). */
  readonly nameVariants?: readonly { readonly pattern: RegExp; readonly replacement: string }[];
  /** AM/PM words the press writes beyond CLDR's own ("p.m.", "مساءً", "صبح"). */
  readonly dayPeriods: { readonly am: readonly string[]; readonly pm: readonly string[] };
  /**
   * Words written just before a date that make it the publication date ("published", "Veröffentlicht am",
   * "Publié le", «Опубликовано», "تاريخ النشر"). Matched case-insensitively, up to two short words before the date.
   */
  readonly publishedCues: readonly string[];
  /**
   * Words written just before a date that make it the date of the last update ("updated", "aktualisiert",
   * "mis à jour", «Обновлено», "آخر تحديث"). Checked before `publishedCues`.
   */
  readonly updatedCues: readonly string[];
}

/** Phrases that help find a credit line, a dateline and an opinion appended to a report. */
export interface CueVocabulary {
  /** Phrases that open a credit or source line ("Photo by", "المصدر:"). */
  readonly credit: readonly string[];
  /** News agencies as this language's press names them. */
  readonly agencies: readonly string[];
  /** Phrases around a dateline, beyond the dash that closes it ("(Reuters) -" is found by agency + dash). */
  readonly dateline: readonly string[];
  /** Phrases that mark opinion or commentary added to a report ("Editor's note", "رأي"). */
  readonly opinion: readonly string[];
  /** Headers of related-article lists in copied text ("Read more:", "Related", "See also", "اقرأ أيضا", "Читайте также"). Whole-line phrases. */
  readonly relatedHeaders: readonly string[];
  /** Agency end-of-story markers ("End Item", "(end)", "/ends", "انتهى", "Конец"). Whole-line phrases. */
  readonly endMarkers: readonly string[];
  /** Words that mark a photo caption or photo credit anywhere in a line ("Photo by", "File photo", "Фото:", "عکس:"). */
  readonly captions: readonly string[];
  /** Evaluative or speculative phrases that betray an opinion rather than a report ("which suggests that", "for some reason", "definitely"). Matched anywhere. */
  readonly hedges: readonly string[];
  /** Reporting verbs and phrases that attribute a statement to a source ("said", "told", "according to", "قال", "заявил"). Matched as words anywhere. */
  readonly attribution: readonly string[];
  /** Words that open a byline line ("By", "Von", "Par", "Por", "Автор:", "بقلم", "Yazan:"). Matched at the start of a short line. */
  readonly bylines: readonly string[];
}

/**
 * Words that help find and type names of people, places and organisations.
 * Real written forms, as the press of the language uses them; matched after
 * `foldForMatch`, so case, diacritics and apostrophe variants need no second entry.
 */
export interface EntityCues {
  /** Titles, offices and honorifics written right before a person's name ("Foreign Minister", "وزير الخارجية", «глава МИД»). */
  readonly personTitles: readonly string[];
  /** Words that make a capitalised phrase an organisation, as head nouns inside it or around it ("Ministry", "Bank", "وزارة", «партия»). */
  readonly organizationWords: readonly string[];
  /** Words that introduce or follow a place name ("province", "محافظة", «область», "kenti"). */
  readonly placeWords: readonly string[];
  /** Lower-case particles that may stand inside a name ("al-", "bin", "von", "de la"); glued article forms of caseless scripts are in `cliticPrefixes`. */
  readonly nameParticles: readonly string[];
  /**
   * Common given names in the language's own script, for scripts without capitals: one before a name word opens
   * a person's name with no title ("وقالت هيلين ماركيتي", "محمد جواد ظريف"). Only names that are not also common
   * words of the press; those ("كريم", "أمل", "علي" folded like "على") go in `commonWordGivenNames`. Empty for cased scripts.
   */
  readonly givenNames: readonly string[];
  /**
   * Given names that are also common words ("حسن" good, "عمر" age, "كريم" generous), for scripts without capitals:
   * one opens a person's name only as a clause's subject, right after a speech or event verb or punctuation, and
   * before a name word ("وقال حسن نصر الله"; not "علاقات حسن الجوار", "عن عمر يناهز"). Empty where not yet tuned.
   */
  readonly commonWordGivenNames: readonly string[];
  /**
   * Nouns the press makes the unnamed subject of a speech verb in verb-first languages ("وقال مصدر إن", "وقال شهود
   * إن"): never the bare name of a speaker. Role nouns come from the event lexicon (`roleNouns`). Empty where not yet tuned.
   */
  readonly unnamedSpeakers: readonly string[];
  /**
   * Organisation words whose names may go on with a "for" phrase joined to a word ("الوكالة الدولية للطاقة الذرية",
   * "الهيئة العامة للاستعلامات"), for scripts without capitals. Not those after which the same phrase is more often
   * the verb's purpose ("نقل إلى مستشفى … للعلاج", "اعتقلته الشرطة … للتحقيق"). Empty where not yet tuned.
   */
  readonly purposeOrganizationWords: readonly string[];
  /**
   * Capitalised words that are not names on their own in running text: sentence-initial
   * pronouns, articles, conjunctions and prepositions, and role nouns capitalised as titles
   * ("President" alone). No month or weekday names (CLDR gives them). Empty for caseless scripts.
   */
  readonly capitalizedNonNames: readonly string[];
  /** Prefixes glued to words that must be stripped to reach a name, longest first (ar "وال", "ال", "و"; fr "l'", "d'"). Empty where nothing is glued. */
  readonly cliticPrefixes: readonly string[];
  /** Suffixes glued to names that must be stripped to reach the base name, longest first (tr "'nin", "'da"; en "'s"). Empty where case endings are left to a stemmer. */
  readonly cliticSuffixes: readonly string[];
  /**
   * Prepositions that put an unknown capitalised word in a place role ("born in Ventura", "nach Trebinje",
   * "à Crail"); weak evidence, only forms that rarely precede people. In caseless scripts they let a
   * mid-sized gazetteer city count as a place. Empty where not yet tuned on data.
   */
  readonly placePrepositions: readonly string[];
  /**
   * Articles, lower-case ("the", "die", "la"): a capitalised run right after one is rarely a person's name
   * ("die Existenz von Geistern", "the Final Four"). Empty for languages without articles and where not yet tuned.
   */
  readonly determiners: readonly string[];
  /**
   * Lower-case words that join the parts of one name after its organisation or event head noun
   * ("Institute of Marine Sciences", "Hochschule für Musik", "Institut des Sciences Marines"). Empty where not yet tuned.
   */
  readonly nameConnectors: readonly string[];
  /** Head nouns a number follows inside a name ("Route 66", "Bundesstraße 96", "Ligne 4", "Squadron 75"). Empty where not yet tuned. */
  readonly numberedNameWords: readonly string[];
  /**
   * Ordinal words written after a ruler's name in scripts without capitals ("الملك عبد الله الثاني"),
   * folded as the pack writes them. Cased scripts need none: Roman numerals show the number. Empty where not yet tuned.
   */
  readonly regnalOrdinals: readonly string[];
  /**
   * Compass words written right after or before a place name in scripts without capitals, locating it rather
   * than naming it ("ولاية بينغول شرقي تركيا", "شمال غرب ایران"): a place word's name never takes one. Only
   * forms that are not parts of names (Arabic bare "شرقي", not "الشرقية"). Empty where not yet tuned.
   */
  readonly compassWords: readonly string[];
  /**
   * Words written after a title or a name that qualify the office or the person and never belong to a name, in
   * scripts without capitals: "الأمين العام السابق" (former), "الرئيس الراحل" (late), "بالوكالة" (acting), "نجيب
   * محفوظ الحائز على" (the winner of). A title goes on over them to its name; a name ends before them. Empty where
   * not yet tuned and for cased scripts, where capitals already tell them from names.
   */
  readonly titleQualifiers: readonly string[];
  /** Words that make a capitalised phrase the name of a treaty, plan, programme or event ("Treaty", "Abkommen", "Coupe"). */
  readonly otherNameWords: readonly string[];
  /**
   * Words written between two names of one entity ("the OSCE, aka Minsk Group", "…, known as the JCPOA",
   * "المعروف باسم"). Empty where not yet tuned.
   */
  readonly aliasMarkers: readonly string[];
  /**
   * Nationality words the press of the language uses that the gazetteer's sources do not state, by
   * ISO 3166 alpha-2 code: ethnonyms used for the state ("Azeri" for Azerbaijani, "Kazakh", «таджикский»)
   * and short forms ("Briton"). Give the base form: the gazetteer inflects it with the rules its
   * generator uses (ru, uk, de, es, it, nl adjective endings, the Arabic nisba ي → ية، يون، يين, en and
   * fr plurals); list other forms explicitly. Empty where none are known.
   */
  readonly demonymVariants: Readonly<Record<string, readonly string[]>>;
}

export interface LanguagePack {
  /** BCP-47 tag, the same as the pack's folder name. */
  readonly code: string;
  /** English name, from `Intl.DisplayNames`. */
  readonly name: string;
  /** ISO 15924 script codes the language is written in here. */
  readonly scripts: readonly string[];
  readonly direction: 'ltr' | 'rtl';
  readonly dates: DateVocabulary;
  /** Relative days and periods, ranges and years (src/pipeline/time/). */
  readonly time: TimeVocabulary;
  /** Month, weekday and day-period names from CLDR; built on first call, then cached. */
  dateNames(): DateNames;
  /** Phrases of page chrome ("Read more", "Share this article"), matched after `normalize` + fold. */
  readonly boilerplate: readonly string[];
  readonly cues: CueVocabulary;
  readonly entities: EntityCues;
  /** Event triggers, speech verbs and argument markers (src/pipeline/events). */
  readonly events: EventVocabulary;
  /** Function words, written as `normalize` outputs them. */
  readonly stopwords: ReadonlySet<string>;
  /** Language-specific normalisation for indexing and comparison (keeps meaning, not offsets). */
  normalize(text: string): string;
}

/** What a pack folder provides; `definePack` adds the name and the CLDR names. */
export interface PackSource {
  readonly code: string;
  readonly scripts: readonly string[];
  readonly direction?: 'ltr' | 'rtl';
  readonly dates: DateVocabulary;
  readonly time: TimeVocabulary;
  readonly boilerplate: readonly string[];
  readonly cues: CueVocabulary;
  readonly entities: EntityCues;
  readonly events: EventVocabulary;
  readonly stopwords: readonly string[];
  readonly normalize: (text: string) => string;
}
