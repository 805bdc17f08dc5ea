/**
 * Everything the recogniser reads from a language pack, folded and indexed
 * once per language: cue phrases, stopwords, words that are capitalised but
 * not names (month and weekday names among them), clitics, attribution verbs.
 */
import { nameKeyOf } from './name-key-of.js';
import { getLanguagePack } from '../../../lang/registry.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import type { LanguagePack } from '../../../lang/types.js';
import { PhraseMatcher } from '../../events/phrase-matcher.js';
import { compileCues, type CueIndex } from './cue-matcher.js';
import { CLUB_ABBREVIATIONS, COMPOUNDING } from './extra-cues.js';
import { UNIVERSAL_ORGANIZATION_WORDS } from './notable-names.js';

export interface Resources {
  /** The pack's code, or null when no pack covers the language. */
  readonly language: string | null;
  /** Whether the language's script has no capital letters (Arabic, Persian, Urdu…). */
  readonly caseless: boolean;
  readonly cues: CueIndex;
  /** Folded stopwords. */
  readonly stopwords: ReadonlySet<string>;
  /** Folded words that are written capitalised but are not names (month and weekday names, "I", German nouns…). */
  readonly nonNames: ReadonlySet<string>;
  /** Folded given names of a caseless script that open a name without a title ("هيلين", "محمد"). */
  readonly givenNames: ReadonlySet<string>;
  /** Folded given names that are also common words: taken only as a clause's subject. */
  readonly commonWordGivenNames: ReadonlySet<string>;
  /** Folded lower-case words allowed inside a name ("de", "von", "bin", "al"). */
  readonly particles: ReadonlySet<string>;
  /** Folded clitics written joined to a word, longest first ("l'", "و", "ال"; "'s", "'ın"). */
  readonly cliticPrefixes: readonly string[];
  readonly cliticSuffixes: readonly string[];
  /** Folded one-word attribution verbs ("said", "قال"). */
  readonly attribution: ReadonlySet<string>;
  /**
   * Whether a verb phrase of several words starts at index `i` of an article's folded words: an attribution
   * phrase of the pack's cues ("گزارش داد") or a speech or event verb of its event lexicon ("دیدار کرد*"), read
   * with that lexicon's syntax. Its first word is the verb's noun, never part of a name before it.
   */
  readonly opensVerbPhrase: (folded: readonly string[], i: number) => boolean;
  /** Keys (see `nameKeyOf`) of the news agencies the pack lists ("reuters", "irna"). */
  readonly agencies: ReadonlySet<string>;
  /** Folded prepositions that put a name in a place role ("in", "nach", "à"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Folded words that join the parts of one name after its head noun ("of", "für", "des"). */
  readonly nameConnectors: ReadonlySet<string>;
  /** Folded head nouns a number follows inside a name ("route", "bundesstraße"). */
  readonly numberedNameWords: ReadonlySet<string>;
  /** Folded ordinals after a ruler's name in caseless scripts ("الثاني"). */
  readonly regnalOrdinals: ReadonlySet<string>;
  /** Folded compass words that locate a place in caseless text ("شرقي"). */
  readonly compassWords: ReadonlySet<string>;
  /**
   * Folded verbs of the pack's event and speech vocabulary (each phrase's first word: "أوضح", "استقبل", "أصدر"):
   * in verb-first languages one stands right before its subject's name.
   */
  readonly clauseVerbs: ReadonlySet<string>;
  /** Whether the language puts the verb before its subject (Arabic): a name then follows a verb, not any word. */
  readonly verbFirst: boolean;
  /** Folded one-word speech verbs of the event lexicon ("قال", "أكد") and its complementizers ("أن"). */
  readonly speechVerbs: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  /** Folded one-word prepositions that open an adjunct of time or place in the event lexicon ("في", "خلال"). */
  readonly adjunctPrepositions: ReadonlySet<string>;
  /** Folded nouns that stand as a speech verb's unnamed subject: the pack's `unnamedSpeakers` and the event lexicon's role nouns. */
  readonly unnamedSpeakers: ReadonlySet<string>;
  /** The pack's `purposeOrganizationWords`, folded. */
  readonly purposeOrganizationWords: ReadonlySet<string>;
  /** Folded qualifiers of a title or a name in caseless text ("السابق", "الراحل"): never a name word. */
  readonly titleQualifiers: ReadonlySet<string>;
  /** Folded articles ("the", "die", "la"). */
  readonly determiners: ReadonlySet<string>;
  /** Folded phrases written between two names of one entity ("aka", "known as"). */
  readonly aliasMarkers: ReadonlySet<string>;
  /** Folded month and weekday names (also in `nonNames`): some are given names too (رجب، رمضان). */
  readonly dateWords: ReadonlySet<string>;
  /** Whether a title (its folded words) is "his counterpart" ("نظيره", "همتای"): the name before it is the other side, not its holder. */
  readonly isCounterpart: (titleWords: readonly string[]) => boolean;
}

/** Languages whose titles and place names take case endings («президентом», "Präsidenten", «Москве»). */
export const INFLECTING = new Set(['ru', 'uk', 'pl', 'de', 'cs', 'sk', 'sl', 'hr', 'sr', 'bg', 'lt', 'lv', 'hu', 'fi', 'et']);

const CASELESS_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Deva', 'Beng', 'Thai', 'Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Geor', 'Ethi', 'Taml', 'Mlym']);

/** Clitics for languages without a pack (and added to every pack's own): Arabic-script prefixes are found by the gazetteer's rules. */
const DEFAULT_SUFFIXES = ["'s", "'"];

function foldAll(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const folded = foldForMatch(word).trim();
    if (folded) out.add(folded);
  }
  return out;
}

/** Whether a lexicon phrase is one word ("قال"), not several ("a déclaré", "دیدار کرد*"). */
function isOneWord(phrase: string): boolean {
  return !/\s/u.test(phrase.trim());
}

function verbPhraseMatcher(pack: LanguagePack | null): (folded: readonly string[], i: number) => boolean {
  const { speechVerbs = [], verbTriggers = {} } = pack?.events ?? {};
  const phrases = [...(pack?.cues.attribution ?? []), ...speechVerbs, ...Object.values(verbTriggers).flat()].filter((phrase) => !isOneWord(phrase) && !phrase.includes('…'));
  const matcher = new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: true })));
  return (folded, i) => matcher.matchAt(folded, i, folded.length).some((match) => match.end - match.start >= 2);
}

function byLengthDesc(list: Iterable<string>): string[] {
  return [...new Set(list)].filter(Boolean).sort((a, b) => b.length - a.length);
}

function dateWords(pack: LanguagePack): string[] {
  const names = pack.dateNames();
  const forms = [...names.weekdays, ...names.monthSets.flatMap((set) => set.months)];
  return forms.flatMap((form) => [...form.long, ...form.short]).flatMap((name) => name.split(/\s+/u));
}

/** The pack's counterpart nouns as the event lexicon reads them: a trailing "*" is a stem ("نظير*" → "نظيره", "نظيرها"). */
function counterpartMatcher(pack: LanguagePack | null): (titleWords: readonly string[]) => boolean {
  const matcher = new PhraseMatcher((pack?.events.counterpartNouns ?? []).map((phrase) => ({ phrase, value: true })));
  return (titleWords) => matcher.matchAt(titleWords, 0, titleWords.length).some((match) => match.end === titleWords.length);
}

function clauseVerbs(pack: LanguagePack): string[] {
  const { speechVerbs, verbTriggers } = pack.events;
  return [...speechVerbs, ...Object.values(verbTriggers).flat()].map((phrase) => phrase.trim().split(/\s+/u)[0]?.replace(/\*$/u, '') ?? '').filter(Boolean);
}

/** "اليوم", "أمس", "غدا": in caseless text nothing else tells them from a name word after a title. */
function relativeDayWords(pack: LanguagePack): string[] {
  const { today, yesterday, tomorrow } = pack.dates.relativeDays;
  return [...today, ...yesterday, ...tomorrow].flatMap((word) => word.split(/\s+/u));
}

function build(pack: LanguagePack | null): Resources {
  const entities = pack?.entities;
  const caseless = pack ? pack.scripts.every((script) => CASELESS_SCRIPTS.has(script)) : false;
  const dates = pack ? dateWords(pack) : [];
  const cues = compileCues([
    { kind: 'personTitle', phrases: entities?.personTitles ?? [] },
    { kind: 'organization', phrases: [...(entities?.organizationWords ?? []), ...UNIVERSAL_ORGANIZATION_WORDS, ...CLUB_ABBREVIATIONS] },
    { kind: 'place', phrases: entities?.placeWords ?? [] },
    { kind: 'other', phrases: entities?.otherNameWords ?? [] },
  ], INFLECTING.has(pack?.code ?? ''), COMPOUNDING.has(pack?.code ?? ''));
  return {
    language: pack?.code ?? null,
    caseless,
    cues,
    stopwords: foldAll(pack?.stopwords ?? []),
    nonNames: foldAll([...(entities?.capitalizedNonNames ?? []), ...dates, ...(pack && caseless ? relativeDayWords(pack) : [])]),
    particles: foldAll(entities?.nameParticles ?? []),
    givenNames: foldAll(entities?.givenNames ?? []),
    commonWordGivenNames: foldAll(entities?.commonWordGivenNames ?? []),
    cliticPrefixes: byLengthDesc([...foldAll(entities?.cliticPrefixes ?? [])]),
    cliticSuffixes: byLengthDesc([...foldAll([...(entities?.cliticSuffixes ?? []), ...DEFAULT_SUFFIXES])]),
    // One-word verbs only: the first word of "a déclaré" is "a".
    attribution: foldAll((pack?.cues.attribution ?? []).filter(isOneWord)),
    opensVerbPhrase: verbPhraseMatcher(pack),
    agencies: new Set((pack?.cues.agencies ?? []).map(nameKeyOf)),
    placePrepositions: foldAll(entities?.placePrepositions ?? []),
    determiners: foldAll(entities?.determiners ?? []),
    nameConnectors: foldAll(entities?.nameConnectors ?? []),
    numberedNameWords: foldAll(entities?.numberedNameWords ?? []),
    regnalOrdinals: foldAll(entities?.regnalOrdinals ?? []),
    compassWords: foldAll(entities?.compassWords ?? []),
    titleQualifiers: foldAll(entities?.titleQualifiers ?? []),
    clauseVerbs: foldAll(pack ? clauseVerbs(pack) : []),
    verbFirst: pack?.events.wordOrder === 'VSO',
    speechVerbs: foldAll((pack?.events.speechVerbs ?? []).filter(isOneWord)),
    complementizers: foldAll(pack?.events.complementizers ?? []),
    adjunctPrepositions: foldAll((pack?.events.adjunct.before ?? []).filter(isOneWord)),
    unnamedSpeakers: foldAll([...(entities?.unnamedSpeakers ?? []), ...(pack?.events.roleNouns ?? [])]),
    purposeOrganizationWords: foldAll(entities?.purposeOrganizationWords ?? []),
    aliasMarkers: foldAll(entities?.aliasMarkers ?? []),
    dateWords: foldAll(dates),
    isCounterpart: counterpartMatcher(pack),
  };
}

const cache = new Map<string, Resources>();

/**
 * The recogniser's resources for a BCP-47 tag, built on first use. A language
 * without a pack gets empty lists: capitalisation, gazetteers and repetition still work.
 */
export function resourcesFor(language: string | null): Resources {
  const pack = getLanguagePack(language);
  const key = pack?.code ?? '';
  let resources = cache.get(key);
  if (!resources) cache.set(key, (resources = build(pack)));
  return resources;
}

/** Whether a text is written mostly in a caseless script (decides the strategy when the language is unknown). */
export function looksCaseless(text: string): boolean {
  let cased = 0;
  let caseless = 0;
  const length = Math.min(text.length, 2000);
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f)) cased += 1;
    else if ((code >= 0x590 && code <= 0x8ff) || (code >= 0x900 && code <= 0xdff) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) caseless += 1;
  }
  return caseless > cased;
}
