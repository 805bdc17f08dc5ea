/**
 * The shape of a pack's `events.ts`: the words that find events and quotes in sentences
 * (src/pipeline/events). Every list holds forms as that language's press writes them.
 *
 * Phrases are matched word by word after `foldForMatch` (so case, diacritics, harakat and
 * Arabic letter variants need no second entry):
 * - words are separated by single spaces; a phrase never matches across punctuation;
 * - a word ending in `*` matches every word that begins with it, for inflected verbs and nouns
 *   («обсудил*», "görüş*", "conversation*"); the stem before `*` has at least three letters;
 * - `…` between two words lets up to eight words stand between them, for a subject written
 *   inside the phrase ("أجرى … اتصالا هاتفيا": "أجرى الرئيس علييف، اليوم، اتصالاً هاتفياً").
 */
import type { EventKind } from '../core/event.js';

/** Words that give a name written next to them a role; `after` holds postpositions and suffixes glued to the name ("ile", "'le"). */
export interface RoleMarkers {
  /** Written before the name (prepositions: "with", «с», "مع", "با", "avec"). */
  readonly before: readonly string[];
  /** Written after the name: separate words ("ile", "arasında") or suffixes glued with an apostrophe ("'le", "'da"). */
  readonly after: readonly string[];
}

export interface EventVocabulary {
  /**
   * Usual order of subject, verb and object in a main clause. Decides where the actor of a trigger is
   * looked for first: before the verb (SVO, SOV) or right after it (VSO, Arabic news prose).
   */
  readonly wordOrder: 'SVO' | 'SOV' | 'VSO';
  /** Verb phrases that state an event happened ("met", "held talks", «провели переговоры», "görüştü"). */
  readonly verbTriggers: Readonly<Partial<Record<EventKind, readonly string[]>>>;
  /**
   * Nouns that name an event ("phone call", "ceasefire", "clashes", "الاتصال الهاتفي"). They make an event of
   * their own only when no trigger governs them ("welcomed the ceasefire" is one event: welcoming).
   */
  readonly nounTriggers: Readonly<Partial<Record<EventKind, readonly string[]>>>;
  /**
   * Verbs of saying that attribute speech ("said", "told", "added", «заявил», "وقال", "گفت", "dedi"). Each is
   * also a `statement` trigger unless `verbTriggers` lists it under a more specific kind ("warned").
   */
  readonly speechVerbs: readonly string[];
  /**
   * Verbs of saying in the form that continues the subject of the clause before them ("…, saying", "، مؤكدا",
   * «, добавив», ", ajoutant", "diyerek"): after a comma they are never an attribution whose speaker follows.
   */
  readonly speechParticiples: readonly string[];
  /**
   * Present-tense forms of verbs of saying and stating, as a report's lead writes them about the day of the report
   * ("says", «заявляет», "يقول", "می‌گوید", "déclare", "diyor"): such an event with no time expression of its own
   * is dated by the publication date. Forms not listed in `speechVerbs` or `verbTriggers` become statement
   * triggers. `notAfter` holds auxiliaries that, right before a form, make it a past participle the folded
   * form shares ("a déclaré" folds like "déclare", "hat erklärt" is spelt like "erklärt").
   */
  readonly presentTense: { readonly verbs: readonly string[]; readonly notAfter: readonly string[] };
  /** Phrases that name a source: before it ("according to", «по словам», "به گفته", "selon") or after it ("'e göre"). */
  readonly accordingTo: RoleMarkers;
  /** Words that open the reported clause after a speech verb ("that", «что», "أن", "که", "que"). */
  readonly complementizers: readonly string[];
  /** Words that open a relative clause ("which", «который», "الذي", "qui"): a date after one is not the main verb's date. */
  readonly relativeMarkers: readonly string[];
  /** Whether reported content stands before the speech verb ("… olduğunu söyledi") rather than after it ("said that …"). */
  readonly contentBeforeSpeechVerb: boolean;
  /** Whether a finite verb carries its subject so the press often omits it ("وأضاف", «Добавил», "ekledi"). */
  readonly dropsSubjects: boolean;
  /** Markers of the other party or the addressee ("with", "to", «с», "مع", "با", "avec", "ile"). */
  readonly counterpart: RoleMarkers;
  /** Markers of two joint parties ("between", «между», "بين", "میان", "entre", "arasında"). */
  readonly between: RoleMarkers;
  /** Markers of the agent of a passive ("by", «со стороны», "من قبل", "توسط", "par", "tarafından"). */
  readonly agent: RoleMarkers;
  /** Markers of where something happened ("in", «в», "في", "در", "à", "'da"). */
  readonly place: RoleMarkers;
  /**
   * Markers of a possessor ("of", "de", "'in"): a name after one qualifies a noun ("the security of Iran's borders"),
   * so it is neither subject nor object. Written after a title it stays part of the title ("Foreign Minister of Armenia").
   */
  readonly genitive: RoleMarkers;
  /**
   * Words that put an event noun in an adjunct of the main clause: prepositions before it ("in a phone call with",
   * "during the meeting", «в ходе телефонного разговора», "في اتصال هاتفي", "در تماس تلفنی") or postpositions after it
   * ("görüşme sırasında"). The clause's subject takes part in that event.
   */
  readonly adjunct: RoleMarkers;
  /**
   * Whether adjectives and possessors follow their noun (Arabic, Persian: "الوساطة الروسية", "میانجیگری روسیه"):
   * an event noun's owner is then the name right after it, and a nationality right after a noun is that noun's adjective.
   */
  readonly modifiersFollowNoun: boolean;
  /** Words that join two parties of one role ("and", «и», "و", "ve", "et"). */
  readonly coordinators: readonly string[];
  /** Prefixes glued to a phrase's first word that may be stripped to reach it (ar "و", "ال"; fr "l'"). Longest first. */
  readonly gluedPrefixes: readonly string[];
  /** Negation words written within three words before a trigger ("not", "never", «не», "لم", "ne"). */
  readonly negations: readonly string[];
  /** Words that put a trigger in the future or make it an intention ("will", «будет», "سوف", "خواهد", "va"). */
  readonly futureMarkers: readonly string[];
  /** Words that make a trigger possible, not stated ("may", "could", «может», "قد", "ممکن", "pourrait"). */
  readonly possibleMarkers: readonly string[];
  /** Third-person subject pronouns that refer back to a person ("he", «он», "هو", "او", "il", "o"). */
  readonly subjectPronouns: readonly string[];
  /**
   * Phrases that refer back to two parties named earlier: people ("the two presidents", "الرئيسان"), countries
   * ("the two countries", "البلدين"), or either ("both sides", "الجانبان").
   */
  readonly groupReferences: { readonly people: readonly string[]; readonly countries: readonly string[]; readonly either: readonly string[] };
  /**
   * Role nouns that describe a person named earlier ("president", "diplomat", "leader", «президент», "الرئيس").
   * Generic ones ("official", "diplomat") match any titled person of the stated country.
   */
  readonly roleNouns: readonly string[];
  /**
   * Nouns that give a person the office of someone named before ("Rouhani … with his Russian counterpart Vladimir
   * Putin" makes Putin a president): "counterpart", "نظيره", "همتای", «коллега», "homologue", "mevkidaşı".
   */
  readonly counterpartNouns: readonly string[];
}
