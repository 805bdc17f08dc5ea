/**
 * Where people's names begin and end when capitalisation alone does not say:
 * common nouns before a name where every noun is capitalised ("der Dichter
 * Paul Valéry"), people listed without commas ("Anna Berg Maria Lind"), "von"
 * after a noun or a name, rulers named by their realm ("Olaf I of Norway").
 */
import type { RecognitionContext } from './context.js';
import type { Run } from './capitalised-runs.js';
import { rangeKey } from './make-span.js';
import { nameWords } from './name-words.js';
import { placeNamed } from './place-lookup.js';

/** Tuned on WikiANN en dev: longer unknown runs were titles of works and events more often than people. */
export const PERSON_MAX_WORDS = 3;
/** Languages that capitalise every noun: a capitalised organisation word alone is a common noun there ("die Regierung"). */
export const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/**
 * "der Dichter Paul Valéry", "im Atelier von Anna Weber": where every noun is capitalised, common nouns
 * run into the name after them. The index of the first given name when a non-name word opens the run and
 * at least two words follow from there; null otherwise.
 */
export function givenNameAfterNouns(context: RecognitionContext, start: number, end: number): number | null {
  const { givenNames } = nameWords();
  if (givenNames.has(context.words[start]?.folded ?? '')) return null;
  for (let i = start + 1; i <= end - 2; i += 1) {
    const word = context.words[i];
    if (word?.capitalized && givenNames.has(word.folded)) return i;
  }
  return null;
}

/**
 * "Anna Berg Maria Lind", a doubles pair or a relay team written without commas: a long run that opens with a
 * given name and holds more given names after a surname is several people. Each starts at a given name that
 * follows a non-given name and has at least two words; null when the run does not split so.
 */
export function peopleSideBySide(context: RecognitionContext, start: number, end: number): { start: number; end: number }[] | null {
  const { givenNames } = nameWords();
  const given = (i: number): boolean => (context.words[i]?.capitalized ?? false) && givenNames.has(context.words[i]!.folded);
  if (!given(start)) return null;
  const parts: { start: number; end: number }[] = [];
  let partStart = start;
  for (let i = start + 2; i < end - 1; i += 1) {
    if (!given(i) || given(i - 1) || i - partStart < 2) continue;
    parts.push({ start: partStart, end: i });
    partStart = i;
  }
  if (parts.length === 0) return null;
  parts.push({ start: partStart, end });
  return parts.every((part) => part.end - part.start <= PERSON_MAX_WORDS) ? parts : null;
}

const REGNAL_NUMBER = /^[IVX]{1,5}\.?$/u;

/**
 * Whether the name particles of a run follow a name: anywhere outside German, where "von" also follows common
 * nouns ("im Einzugsbereich von Healy", "bei Spielen von Borussia Dortmund"); there a given name or a regnal
 * number must come before the first particle ("Wilhelm von Humboldt", "Friedrich II. von Preußen").
 */
export function particleAfterName(context: RecognitionContext, run: Run): boolean {
  if (!NOUNS_CAPITALISED.has(context.language ?? '')) return true;
  const { givenNames, ambiguousGivenNames } = nameWords();
  for (let i = run.start; i < run.joints[0]!; i += 1) {
    const word = context.words[i]!;
    if (givenNames.has(word.folded) || ambiguousGivenNames.has(word.folded) || REGNAL_NUMBER.test(word.token.text)) return true;
  }
  return false;
}

/**
 * "Olaf I of Norway", "Maria of Portugal", "Anna Sophia of Denmark": one or two given names (and a
 * regnal number), "of", a country or region name one person, the way monarchs and their families are named.
 */
export function isRulerOfPlace(context: RecognitionContext, run: Run): boolean {
  const joint = run.joints[0]!;
  if (run.joints.length !== 1 || context.words[joint]?.folded !== 'of' || joint - run.start > 3) return false;
  const { givenNames, ambiguousGivenNames } = nameWords();
  const given = (i: number): boolean => givenNames.has(context.words[i]!.folded) || ambiguousGivenNames.has(context.words[i]!.folded);
  let regnal = false;
  for (let i = run.start + 1; i < joint; i += 1) {
    if (REGNAL_NUMBER.test(context.words[i]!.token.text)) regnal = true;
    else if (!given(i)) return false;
  }
  // A regnal number names a ruler whatever the realm ("Mithridates VI of Pontus").
  if (regnal) return run.end - joint - 1 <= PERSON_MAX_WORDS;
  const place = placeNamed(rangeKey(context, joint + 1, run.end));
  if (!place) return false;
  // A given name before a country or region ("Maria of Portugal"); a name no dictionary knows before any place
  // names a saint or an ancient person ("Basil of Caesarea", "Zeno of Elea").
  if (given(run.start)) return place.place.kind !== 'city' || !ambiguousGivenNames.has(context.words[run.start]!.folded);
  const first = context.words[run.start]!;
  return joint === run.start + 1 && !context.inCue[run.start] && !nameWords().englishWords.has(first.folded) && !placeNamed(first.folded);
}
