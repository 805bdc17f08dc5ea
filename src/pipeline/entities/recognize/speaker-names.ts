/**
 * The speaker named by a bare name in a verb-first language: "وقال نتنياهو إن…", "وأكد لافروف أن…". Between a
 * speech verb of the pack's event lexicon and a complementizer stands the subject, and in news that subject is
 * a person, a body or a common noun ("مسؤول", "البيان", "مصدر"); one or two name words with no article, no
 * plural ending and no pronoun suffix, and none of the pack's unnamed speakers, are taken as the person.
 */
import type { RecognitionContext } from './context.js';
import { anyFormIn, canBeNameWord, joinedAnd, nounEnding } from './caseless-words.js';
import { makeSpan } from './make-span.js';
import { scanSpans, type Span } from './span.js';

/** Most words of a speaker's bare name: given name and family name. */
const MAX_SPEAKER_WORDS = 2;
/** Most words of an adjunct between the speaker and the complementizer ("في مؤتمر صحفي مشترك"). */
const MAX_ADJUNCT_WORDS = 4;
/** Endings of common nouns standing as subjects: sound plurals ("مسؤولون", "ناشطين", "جهات") and "their" ("أحدهم", "بعضها"). */
const COMMON_NOUN_ENDING = /(?:ون|ين|ات|هم|ها|هما)$/u;

/** A word of a speaker's bare name: a name word with no article, plural ending or pronoun suffix. */
function speakerWord(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word || !canBeNameWord(context, i) || joinedAnd(context, i) || nounEnding(context, i) || anyFormIn(context, i, context.resources.unnamedSpeakers)) return false;
  return !word.folded.startsWith('ال') && !COMMON_NOUN_ENDING.test(word.folded);
}

/**
 * Whether the speech's complementizer or a colon comes at word `i`, or the complementizer after a short adjunct of time or place opened by
 * one of the event lexicon's prepositions ("وقال نتنياهو في كلمة متلفزة إن", "خلال مؤتمر صحفي").
 */
function complementizerFrom(context: RecognitionContext, i: number): boolean {
  const { complementizers, adjunctPrepositions } = context.resources;
  // A colon opens the speaker's own words ("وأضاف لافروف: …").
  if (anyFormIn(context, i, complementizers) || context.words[i]?.token.text === ':') return true;
  if (!anyFormIn(context, i, adjunctPrepositions)) return false;
  for (let k = i + 1; k <= i + MAX_ADJUNCT_WORDS + 1; k += 1) {
    if (!context.words[k]?.isWord) return false;
    if (anyFormIn(context, k, complementizers)) return k > i + 1;
  }
  return false;
}

function speakerAt(context: RecognitionContext, i: number): Span | null {
  if (!anyFormIn(context, i - 1, context.resources.speechVerbs)) return null;
  for (let n = 1; n <= MAX_SPEAKER_WORDS; n += 1) {
    if (!speakerWord(context, i + n - 1)) return null;
    if (complementizerFrom(context, i + n)) return makeSpan(context, i, i + n, 'person', ['speaker'], 2);
  }
  return null;
}

export function speakerNameSpans(context: RecognitionContext): Span[] {
  const { verbFirst, speechVerbs, complementizers } = context.resources;
  if (!verbFirst || speechVerbs.size === 0 || complementizers.size === 0) return [];
  return scanSpans(context.words.length, (i) => speakerAt(context, i));
}
