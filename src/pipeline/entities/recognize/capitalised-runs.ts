/**
 * Candidate names in cased scripts: runs of capitalised words, with name
 * particles ("de", "von", "al-") and connectors ("of", "for", "and") inside
 * when a capitalised word follows them, initials with their dot ("George W.
 * Bush"), and "&". Title cues split runs ("Iranian | President | Hassan
 * Rouhani"); a possessive ends one ("Iran's | Defense Ministry").
 */
import type { RecognitionContext } from './context.js';
import { nameWords } from './name-words.js';
import { possessiveContinuation } from './possessive-names.js';

export interface Run {
  /** Token indexes [start, end). */
  readonly start: number;
  readonly end: number;
  /** Token indexes of lower-case connector words inside the run. */
  readonly joints: readonly number[];
}

/** Connectors joined only tentatively: typing splits the run at them unless a cue word says the whole is one name. */
const MAX_CONNECTOR_WORDS = 2;
/** Acronyms in the news are at most six letters (UNESCO, UNICEF); tuned on WikiANN fr dev ("REDIRECTION"). */
const SHOUTED_LENGTH = 7;
/** Longer runs are lists or shouting, not one name: cut there (keeps typing linear on documents of only names). */
const MAX_RUN_TOKENS = 12;
const INITIAL = /^\p{Lu}\p{Ll}{0,2}$/u;

/** Whether word `i` can be part of a name by its writing alone. */
export function isNameWord(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || !word.capitalized) return false;
  if (context.inCue[i]?.phrase.kind === 'personTitle' && !titleInsideName(context, i)) return false;
  const { nonNames } = context.resources;
  if (nonNames.has(word.folded) && !word.allCaps && !regnalOne(context, i)) return false;
  // A long word in capitals is shouting ("REDIRECTION", "SHARE"), not an acronym.
  if (word.allCaps && word.folded.length >= SHOUTED_LENGTH && !/\p{N}/u.test(word.folded)) return false;
  if (word.token.sentenceStart && (word.stop || context.lowerCase.has(word.folded))) return false;
  return true;
}

/** "Olaf I", "Peter I of Russia": the regnal number one, written like the pronoun, right after a given name. */
function regnalOne(context: RecognitionContext, i: number): boolean {
  const previous = context.words[i - 1];
  if (context.words[i]?.token.text !== 'I' || !previous?.capitalized) return false;
  const { givenNames, ambiguousGivenNames } = nameWords();
  return givenNames.has(previous.folded) || ambiguousGivenNames.has(previous.folded);
}

/** A title word followed by an organisation word is part of a name ("General Assembly", "President Hotel"). */
function titleInsideName(context: RecognitionContext, i: number): boolean {
  const cue = context.inCue[i];
  if (!cue) return false;
  const next = context.cueAt[cue.end];
  return next !== null && next !== undefined && next.phrase.kind === 'organization' && (context.words[cue.end]?.capitalized ?? false);
}

/** A capitalised stopword inside a sentence starts a name only when a name word follows ("The Hague"). */
function opensName(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word || !isNameWord(context, i)) return false;
  if (!word.stop && !context.resources.nonNames.has(word.folded)) return true;
  return !word.token.sentenceStart && isNameWord(context, i + 1) && !context.words[i + 1]?.stop;
}

function isConnector(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || word.capitalized) return false;
  return word.stop || context.resources.particles.has(word.folded);
}

/** A line break between word `i` and the next token ends any name. */
function lineBreakAfter(context: RecognitionContext, i: number): boolean {
  const here = context.words[i];
  const next = context.words[i + 1];
  return !here || !next || context.text.slice(here.token.end, next.token.start).includes('\n');
}

export function capitalisedRuns(context: RecognitionContext): Run[] {
  const { words } = context;
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!opensName(context, i)) {
      i += 1;
      continue;
    }
    const start = i;
    let end = i + 1;
    const joints: number[] = [];
    while (end - start < MAX_RUN_TOKENS) {
      const afterPossessive = possessiveContinuation(context, start, end, (k) => isNameWord(context, k));
      if (afterPossessive > 0) {
        end = afterPossessive + 1;
        continue;
      }
      const previous = words[end - 1];
      if (!previous || previous.suffixed || lineBreakAfter(context, end - 1)) break;
      if (isNameWord(context, end)) {
        end += 1;
        continue;
      }
      const next = words[end];
      if (next?.token.text === '.' && next.token.start === previous.token.end && INITIAL.test(previous.token.text) && isNameWord(context, end + 1)) {
        end += 2;
        continue;
      }
      if (next?.token.text === '&' && isNameWord(context, end + 1)) {
        end += 2;
        continue;
      }
      let k = end;
      while (k < end + MAX_CONNECTOR_WORDS && isConnector(context, k)) k += 1;
      if (k > end && isNameWord(context, k) && !words[k]?.stop) {
        for (let j = end; j < k; j += 1) joints.push(j);
        end = k + 1;
        continue;
      }
      break;
    }
    runs.push({ start, end, joints });
    i = end;
  }
  return runs;
}
