/**
 * Where every noun is capitalised (German), the common noun that introduces a
 * name runs into it: "das Album Love Metal", "der Sender ProSieben", "beim
 * Bundesligisten Bayer Leverkusen", "sein Bruder Lucius". The noun describes
 * the name; it is not part of it. Cue words (titles, "Universität",
 * "Kloster", "Schloss") are left alone: typing reads them, and bodies and
 * buildings keep theirs ("Universität Wien", "Schloss Bellevue").
 */
import { capitalisedNouns, isNoun } from './common-nouns.js';
import type { RecognitionContext } from './context.js';
import { nameWords } from './name-words.js';
import { rangeKey } from './make-span.js';
import { demonymOf, placeIn, placeNamed } from './place-lookup.js';

/** A plain capitalised word: no hyphen, digit or inner capital ("ProSieben", "SNP-Politiker" are read otherwise). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * Declined adjectives, which the noun list holds as nominalised nouns ("die Neue", "der Schottische") but which
 * open names as adjectives ("Neue Zürcher Zeitung", "Technischen Universität Berlin", "Heiligen Stuhl"): the
 * adjective-forming suffixes, and the few short adjectives that open names most.
 */
const DECLINED_ADJECTIVE = /^(?:\p{L}*(?:isch|lich|ig|iv|ell|iert|igt|bar|sam|haft|los)|neu|frei|groß|alt|offen|klein|jung|hoh|ober|unter|nieder|mittler|autonom|national|international|zentral|sozial|liberal|kontinental|regional)(?:e|en|er|es|em)$/u;
/** Shortest cue word looked for at the end of a compound first word ("Volks|republik", "Staats|schauspiels"). */
const MIN_CUE_TAIL = 4;

/** Whether the word at `i` is a dictionary noun that may stand before a name without belonging to it. */
function describingNoun(context: RecognitionContext, nouns: ReadonlySet<string>, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || !PLAIN_WORD.test(word.token.text) || context.inCue[i]) return false;
  const names = nameWords();
  // "Thomas Müller", "Werner Herzog": words that are also given names or surnames may open a person's name.
  if (names.givenNames.has(word.folded) || names.surnames.has(word.folded) || names.ambiguousGivenNames.has(word.folded)) return false;
  // "Deutsche Telekom", "Technischen Universität", "Wiener Staatsoper": an adjective belongs to the name it opens.
  const lower = word.token.text.toLowerCase();
  if (demonymOf(word.folded) || DECLINED_ADJECTIVE.test(lower) || (lower.endsWith('er') && placeNamed(word.folded.slice(0, -2))?.strong)) return false;
  return isNoun(nouns, word.folded) && !endsInCue(context, word.folded);
}

/** "Volksrepublik", "Bundesrepublik": a compound of a place or organisation word names a state or body itself. */
function endsInCue(context: RecognitionContext, folded: string): boolean {
  for (let cut = 3; cut <= folded.length - MIN_CUE_TAIL; cut += 1) {
    if (context.resources.cues.byFirst.get(folded.slice(cut))?.some((phrase) => phrase.words.length === 1 && phrase.kind !== 'personTitle')) return true;
  }
  return false;
}

/**
 * Whether tokens [start, end) open with a describing common noun followed by a name: at least one later
 * capitalised word that is no common noun, so the rest can stand alone ("Album Love Metal", not "Album
 * Fußball").
 */
export function nounBeforeName(context: RecognitionContext, start: number, end: number): boolean {
  const nouns = capitalisedNouns(context.language);
  if (!nouns || end - start < 2 || !describingNoun(context, nouns, start)) return false;
  // "Los Angeles", "Los Angeles Kings": a place the gazetteer knows, opening the run, keeps its first word.
  for (let k = end; k >= start + 2; k -= 1) if (placeIn(rangeKey(context, start, k), context.language, false)) return false;
  for (let i = start + 1; i < end; i += 1) {
    const word = context.words[i];
    if (word?.isWord && word.capitalized && !isNoun(nouns, word.folded)) return true;
  }
  return false;
}
