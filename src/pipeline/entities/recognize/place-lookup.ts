/**
 * The gazetteer as the recogniser asks it: one folded form at a time, the
 * best place or demonym with how much to trust it, cached per form (clitics are
 * stripped by the caller, which keeps their offsets).
 */
import { isArabicScript, lookupDemonym, lookupPlace, type DemonymMatch, type PlaceMatch } from '../../../gazetteer/index.js';
import { allLanguagePacks } from '../../../lang/registry.js';

export interface PlaceHit {
  readonly place: PlaceMatch;
  /** Countries, regions and cities with ≥ STRONG_CITY_POPULATION people; a smaller town's name is more often a surname or a word. */
  readonly strong: boolean;
}

/** Tuned on WikiANN en/de/fr dev: below this a town's name was more often something else. */
export const STRONG_CITY_POPULATION = 100_000;
const CACHE_LIMIT = 200_000;

const places = new Map<string, PlaceHit | null>();
const demonyms = new Map<string, DemonymMatch | null>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The best place named `form` (already folded; 'und' keeps the gazetteer from stripping clitics again). */
export function placeNamed(form: string): PlaceHit | null {
  const cached = places.get(form);
  if (cached !== undefined) return cached;
  const place = lookupPlace(form, 'und')[0];
  if (!place) return remember(places, form, null);
  const strong = place.kind !== 'city' || (place.population ?? 0) >= STRONG_CITY_POPULATION;
  return remember(places, form, { place, strong });
}

/** The country a nationality adjective points to ("iranian", "الروسي"), or null. */
export function demonymOf(form: string): DemonymMatch | null {
  const cached = demonyms.get(form);
  if (cached !== undefined) return cached;
  return remember(demonyms, form, lookupDemonym(form, 'und')[0] ?? null);
}

/**
 * Whether a one-word gazetteer hit in caseless text is trusted without a
 * place word before it: countries and cities of at least this many people
 * (tuned on the Arabic seed, where كان "was" is Caen, أمن "security" is Emmen
 * and فلاديمير is the town of Vladimir).
 */
const CASELESS_CITY_POPULATION = 500_000;

export function trustedPlace(form: string): boolean {
  const hit = placeNamed(form);
  if (!hit) return false;
  if (hit.place.kind === 'country') return !isArabicScript(form) || spelledByPressLanguage(hit.place);
  return hit.place.kind === 'city' && (hit.place.population ?? 0) >= CASELESS_CITY_POPULATION;
}

let packLanguages: ReadonlySet<string> | undefined;

/**
 * Whether a country's matched form is one the press of a pack language writes, or one several languages share.
 * Arabic script serves a dozen languages, and a form only one of the others records can be a common word of the
 * text's language ("نووي", "nuclear" in Arabic, is Niue in Sindhi).
 */
function spelledByPressLanguage(place: PlaceMatch): boolean {
  packLanguages ??= new Set(allLanguagePacks().map((pack) => pack.code));
  return place.languages.length > 1 || place.languages.some((language) => language === 'und' || packLanguages!.has(language));
}

/** Endings a case form may add, and the nominative endings to try in their place, per script. */
const NOMINATIVE_ENDINGS = { cyrillic: ['', 'а', 'я', 'ия', 'ь', 'й', 'ы', 'и'], latin: ['', 'a', 'ia', 'e'] } as const;
const MAX_CASE_ENDING = 3;
const MIN_BASE = 3;

/**
 * A place named by `key` as written, or by its nominative when the language
 * inflects names («Москве» → Москва, «Ирана» → Иран, "Irans" → Iran). An
 * inflected match counts only when the gazetteer records the name in that language.
 */
export function placeIn(key: string, language: string | null, inflecting: boolean): PlaceHit | null {
  const exact = placeNamed(key);
  if (exact || !inflecting || !language) return exact;
  if (key.includes(' ')) return declinedPhrase(key, language);
  for (const form of nounNominatives(key)) {
    if (form === key) continue;
    const hit = placeNamed(form);
    if (hit?.strong && hit.place.languages.includes(language)) return hit;
  }
  return null;
}

/**
 * Adjective endings of a declined name and the nominative endings to try instead, in the same order for
 * every adjective of the name (they agree in case, number and gender): "Vereinigten Staaten" → "Vereinigte
 * Staaten", "das Vereinigte Königreich" → "Vereinigtes Königreich", «Соединённых Штатов» → «Соединённые
 * Штаты», «Южной Осетии» → «Южная Осетия».
 */
const ADJECTIVE_ENDINGS: readonly { pattern: RegExp; nominatives: readonly string[] }[] = [
  { pattern: /(?:en|em|er|es|e)$/u, nominatives: ['e', 'es', 'er'] },
  { pattern: /(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ых|их|ыми|ими|ые|ие|ая|ое)$/u, nominatives: ['ый', 'ой', 'ая', 'ое', 'ые', 'ий', 'яя', 'ее', 'ие'] },
];

/** The word with its adjective ending replaced by the `k`-th nominative ending; the word itself when it has none. */
function adjectiveNominative(word: string, k: number): string {
  for (const { pattern, nominatives } of ADJECTIVE_ENDINGS) {
    const match = pattern.exec(word);
    const ending = nominatives[k];
    if (!match || ending === undefined || word.length - match[0].length < MIN_BASE) continue;
    const stem = word.slice(0, match.index);
    // Russian spelling: ы is written и after к, г, х and the hushing consonants («арабских» → «арабские»).
    return /[кгхжшщч]$/u.test(stem) && ending.startsWith('ы') ? `${stem}и${ending.slice(1)}` : stem + ending;
  }
  return word;
}

/** Nominative candidates of a noun (a one-word name, or a phrase's last word): itself, then its case endings replaced, shortest cut first. */
function nounNominatives(word: string): string[] {
  const forms = new Set([word]);
  const endings = /[\u0400-\u04ff]/u.test(word) ? NOMINATIVE_ENDINGS.cyrillic : NOMINATIVE_ENDINGS.latin;
  for (let cut = 1; cut <= MAX_CASE_ENDING && word.length - cut >= MIN_BASE; cut += 1) for (const ending of endings) forms.add(word.slice(0, word.length - cut) + ending);
  return [...forms];
}

const MOST_NOMINATIVES = Math.max(...ADJECTIVE_ENDINGS.map(({ nominatives }) => nominatives.length));

/** A several-word place written in a case form, found by trying nominatives; it must be recorded in the language. */
function declinedPhrase(key: string, language: string): PlaceHit | null {
  const words = key.split(' ');
  const last = words[words.length - 1] ?? '';
  const nouns = nounNominatives(last);
  for (let k = -1; k < MOST_NOMINATIVES; k += 1) {
    const head = words.slice(0, -1).map((word) => (k < 0 ? word : adjectiveNominative(word, k))).join(' ');
    for (const noun of nouns) {
      const phrase = `${head} ${noun}`;
      if (phrase === key) continue;
      const hit = placeNamed(phrase);
      if (hit?.strong && hit.place.languages.includes(language)) return hit;
    }
  }
  return null;
}
