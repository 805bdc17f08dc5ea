/**
 * What every step of recognition reads about one text: its words, the cue
 * phrases found in it, and which words the text itself writes in lower case.
 */
import type { Token } from '../tokenize.js';
import { matchCueAt, type CueMatch } from './cue-matcher.js';
import { looksCaseless, resourcesFor, type Resources } from './resources.js';
import { prepareWords, type Word } from './words.js';

export interface RecognitionContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly resources: Resources;
  /** Capitalisation carries no information: names come from cues, gazetteers and repetition. */
  readonly caseless: boolean;
  /** The cue phrase starting at each token, found left to right, longest first. */
  readonly cueAt: readonly (CueMatch | null)[];
  /** The cue phrase covering each token. */
  readonly inCue: readonly (CueMatch | null)[];
  /** Folded words the text writes in lower case somewhere (so a capitalised sentence-initial copy is no name). */
  readonly lowerCase: ReadonlySet<string>;
  readonly language: string | null;
}

export function buildContext(text: string, tokens: readonly Token[], language: string | null): RecognitionContext {
  const resources = resourcesFor(language);
  const words = prepareWords(tokens, resources);
  const cueAt: (CueMatch | null)[] = new Array<CueMatch | null>(words.length).fill(null);
  const inCue: (CueMatch | null)[] = new Array<CueMatch | null>(words.length).fill(null);
  for (let i = 0; i < words.length; ) {
    const match = matchCueAt(resources.cues, words, i);
    if (!match) {
      i += 1;
      continue;
    }
    cueAt[i] = match;
    for (let k = i; k < match.end; k += 1) inCue[k] = match;
    i = match.end;
  }
  const lowerCase = new Set<string>();
  for (const word of words) if (word.isWord && !word.capitalized && !word.caseless) lowerCase.add(word.folded);
  return {
    text,
    words,
    resources,
    caseless: resources.caseless || looksCaseless(text),
    cueAt,
    inCue,
    lowerCase,
    language: resources.language ?? language,
  };
}
