/**
 * Names with a possessive inside: "Spanish Socialist Workers' Party",
 * "Christ's College", "People's Republic of China". A possessive usually ends
 * a name ("Iran's | Foreign Ministry"), so it is kept inside only when the
 * words after it soon reach an organisation head noun and the possessor is no
 * known place, or when the whole is a known place ("Lao People's Democratic
 * Republic").
 */
import type { RecognitionContext } from './context.js';
import { rangeKey } from './make-span.js';
import { placeNamed } from './place-lookup.js';

/** "'s" after a name, or a bare apostrophe after a plural ("Workers'"), as the news writes them glued. */
const GLUED_POSSESSIVE = /(?:['’]s|s['’])$/u;
/** The same as a token of its own: pre-tokenised text ("People 's", "Workers '") and the tokenizer's "Workers | '". */
const POSSESSIVE_TOKEN = /^['’]s?$/u;
/** The head noun must come soon: "Workers' Party", "Duke of Lancaster's Own Yeomanry". */
const HEAD_WITHIN = 3;

/**
 * Index of the first word after a possessive that continues the name which
 * runs over [start, end), or -1 when the possessive ends it. `end - 1` is the
 * possessor: either its own token carries the possessive or the next token is one.
 */
export function possessiveContinuation(context: RecognitionContext, start: number, end: number, isNameWord: (i: number) => boolean): number {
  const possessor = context.words[end - 1];
  if (!possessor?.capitalized) return -1;
  let next = end;
  if (possessor.suffixed) {
    if (!GLUED_POSSESSIVE.test(possessor.token.text)) return -1;
  } else {
    const token = context.words[end]?.token;
    const gap = (token?.start ?? 0) - possessor.token.end;
    if (!token || !POSSESSIVE_TOKEN.test(token.text) || gap < 0 || gap > 1) return -1;
    // A bare apostrophe makes a possessive only after a plural in -s ("Workers'"), not as a closing quote ("'Iran' Party").
    if (token.text.length === 1 && !/s$/u.test(possessor.token.text)) return -1;
    next = end + 1;
  }
  if (!isNameWord(next)) return -1;
  let limit = next;
  while (limit < next + HEAD_WITHIN && isNameWord(limit)) limit += 1;
  if (!headWithin(context, next, limit)) return -1;
  return placeNamed(rangeKey(context, start, end))?.strong ? -1 : next;
}

/** An organisation, treaty or place head noun written capitalised in [start, end) ("Party", "College", "Republic"). */
function headWithin(context: RecognitionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const cue = context.inCue[i];
    if (cue && cue.phrase.kind !== 'personTitle' && cue.start >= start && context.words[cue.start]?.capitalized) return true;
  }
  return false;
}
