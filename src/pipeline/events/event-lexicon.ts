/**
 * A language's event vocabulary compiled into phrase matchers, once per language.
 */
import type { EventKind } from '../../core/event.js';
import type { EventVocabulary, RoleMarkers } from '../../lang/event-vocabulary.js';
import { foldForMatch } from '../../lang/match-fold.js';
import { getLanguagePack } from '../../lang/registry.js';
import { PhraseMatcher, type PhraseEntry } from './phrase-matcher.js';

export interface TriggerValue {
  kind: EventKind;
  form: 'verbal' | 'nominal';
  /** The phrase is also a verb of saying: it can attribute a quote. */
  speech: boolean;
  /** A verb of saying that continues the subject before it ("…, saying"): never an inverted attribution. */
  participle: boolean;
  /** A present-tense verb of saying ("says", «заявляет», "diyor"): it tells of the day of the report. */
  present: boolean;
}

/** What a marker word says about the words around it. */
export type MarkerTag =
  | 'counterpart'
  | 'between'
  | 'agent'
  | 'place'
  | 'according'
  | 'coordinator'
  | 'complementizer'
  | 'relative'
  | 'negation'
  | 'future'
  | 'possible'
  | 'pronoun'
  | 'adjunct'
  | 'genitive'
  | 'group-people'
  | 'group-countries'
  | 'group-either';

export type AfterRole = 'counterpart' | 'between' | 'agent' | 'place' | 'according' | 'genitive';

/** Postpositions and glued suffixes of every role, by folded form; the first role listed wins a form two share. */
function afterMarkerMaps(vocabulary: EventVocabulary): { afterWords: Map<string, AfterRole>; afterSuffixes: Map<string, AfterRole> } {
  const afterWords = new Map<string, AfterRole>();
  const afterSuffixes = new Map<string, AfterRole>();
  const lists: Record<AfterRole, RoleMarkers> = {
    counterpart: vocabulary.counterpart,
    between: vocabulary.between,
    agent: vocabulary.agent,
    place: vocabulary.place,
    according: vocabulary.accordingTo,
    genitive: vocabulary.genitive,
  };
  for (const [role, markers] of Object.entries(lists) as [AfterRole, RoleMarkers][]) {
    for (const form of markers.after.map(foldForMatch)) {
      const target = form.startsWith("'") ? afterSuffixes : afterWords;
      if (!target.has(form)) target.set(form, role);
    }
  }
  return { afterWords, afterSuffixes };
}

export interface EventLexicon {
  language: string;
  vocabulary: EventVocabulary;
  triggers: PhraseMatcher<TriggerValue>;
  markers: PhraseMatcher<MarkerTag[]>;
  /** Role nouns, counterpart nouns and the pack's person titles; the value is the role's key (`roleKey`), so inflected forms share it. */
  roles: PhraseMatcher<string>;
  /** Keys of the counterpart nouns among `roles`. */
  counterpartRoles: ReadonlySet<string>;
  /** Roles given by a word right after a name ("ile", "arasında"), by folded word. */
  afterWords: ReadonlyMap<string, AfterRole>;
  /** Roles given by a suffix glued to a name with an apostrophe ("'le", "'da"), by folded suffix. */
  afterSuffixes: ReadonlyMap<string, AfterRole>;
  /** Adjunct postpositions written after an event noun ("görüşme sırasında"), folded. */
  adjunctAfter: ReadonlySet<string>;
  /** The coordinators, folded ("and", "و"). */
  coordinators: ReadonlySet<string>;
  /** Auxiliaries that make a present form right after them a participle ("a déclaré"), folded. */
  notPresentAfter: ReadonlySet<string>;
  /** The pack's news agencies (`cues.agencies`), folded: in a dateline they name the outlet, not a party. */
  agencies: ReadonlySet<string>;
}

const cache = new Map<string, EventLexicon | null>();

/**
 * The key a role phrase is compared by: folded, without `*`, each word without a glued prefix
 * ("الرئيس" and "رئيس*" both give "رئيس"), so a title and a description of one office agree.
 */
export function roleKey(phrase: string, gluedPrefixes: readonly string[]): string {
  return foldForMatch(phrase)
    .replace(/\*/gu, '')
    .split(' ')
    .map((word) => {
      const prefix = gluedPrefixes.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 3);
      return prefix ? word.slice(prefix.length) : word;
    })
    .join(' ');
}

function triggerEntries(vocabulary: EventVocabulary): PhraseEntry<TriggerValue>[] {
  const participles = new Set(vocabulary.speechParticiples.map(foldForMatch));
  const present = new Set(vocabulary.presentTense.verbs.map(foldForMatch));
  const speech = new Set([...vocabulary.speechVerbs.map(foldForMatch), ...participles, ...present]);
  const entries: PhraseEntry<TriggerValue>[] = [];
  const listed = new Set<string>();
  for (const [form, table] of [['verbal', vocabulary.verbTriggers], ['nominal', vocabulary.nounTriggers]] as const) {
    for (const [kind, phrases] of Object.entries(table) as [EventKind, readonly string[]][]) {
      for (const phrase of phrases) {
        listed.add(foldForMatch(phrase));
        const folded = foldForMatch(phrase);
        entries.push({ phrase, value: { kind, form, speech: speech.has(folded), participle: participles.has(folded), present: present.has(folded) } });
      }
    }
  }
  // A verb of saying not listed under a more specific kind is a public statement (CAMEO 01).
  for (const phrase of [...vocabulary.speechVerbs, ...vocabulary.speechParticiples, ...vocabulary.presentTense.verbs]) {
    const folded = foldForMatch(phrase);
    if (listed.has(folded)) continue;
    listed.add(folded);
    entries.push({ phrase, value: { kind: 'statement', form: 'verbal', speech: true, participle: participles.has(folded), present: present.has(folded) } });
  }
  return entries;
}

function markerEntries(vocabulary: EventVocabulary): PhraseEntry<MarkerTag[]>[] {
  const tags = new Map<string, MarkerTag[]>();
  const add = (tag: MarkerTag, phrases: readonly string[]): void => {
    for (const phrase of phrases) tags.set(phrase, [...(tags.get(phrase) ?? []), tag]);
  };
  add('counterpart', vocabulary.counterpart.before);
  add('between', vocabulary.between.before);
  add('agent', vocabulary.agent.before);
  add('place', vocabulary.place.before);
  add('according', vocabulary.accordingTo.before);
  add('coordinator', vocabulary.coordinators);
  add('complementizer', vocabulary.complementizers);
  add('relative', vocabulary.relativeMarkers);
  add('negation', vocabulary.negations);
  add('future', vocabulary.futureMarkers);
  add('possible', vocabulary.possibleMarkers);
  add('pronoun', vocabulary.subjectPronouns);
  add('adjunct', vocabulary.adjunct.before);
  add('genitive', vocabulary.genitive.before);
  add('group-people', vocabulary.groupReferences.people);
  add('group-countries', vocabulary.groupReferences.countries);
  add('group-either', vocabulary.groupReferences.either);
  return [...tags].map(([phrase, value]) => ({ phrase, value }));
}

/**
 * The compiled vocabulary of a language, or null when no pack covers it.
 * @example eventLexicon('ar')?.triggers.matchAt(['واجري', 'الرئيس', 'اتصالا', 'هاتفيا'], 0, 4)
 */
export function eventLexicon(language: string | null): EventLexicon | null {
  const key = language ?? '';
  if (cache.has(key)) return cache.get(key) ?? null;
  const pack = getLanguagePack(language);
  let lexicon: EventLexicon | null = null;
  if (pack) {
    const vocabulary = pack.events;
    const glued = vocabulary.gluedPrefixes;
    const foldedGlued = glued.map(foldForMatch);
    const roleWords = [...vocabulary.roleNouns, ...vocabulary.counterpartNouns, ...pack.entities.personTitles];
    lexicon = {
      language: pack.code,
      vocabulary,
      triggers: new PhraseMatcher(triggerEntries(vocabulary), glued),
      markers: new PhraseMatcher(markerEntries(vocabulary), glued),
      roles: new PhraseMatcher(roleWords.map((phrase) => ({ phrase, value: roleKey(phrase, foldedGlued) })), glued),
      counterpartRoles: new Set(vocabulary.counterpartNouns.map((phrase) => roleKey(phrase, foldedGlued))),
      ...afterMarkerMaps(vocabulary),
      adjunctAfter: new Set(vocabulary.adjunct.after.map(foldForMatch)),
      coordinators: new Set(vocabulary.coordinators.map(foldForMatch)),
      notPresentAfter: new Set(vocabulary.presentTense.notAfter.map(foldForMatch)),
      agencies: new Set(pack.cues.agencies.map(foldForMatch)),
    };
  }
  cache.set(key, lexicon);
  return lexicon;
}
