/**
 * News agencies named in caseless text ("ونقلت رويترز", "(الأناضول)", "وكالة فرانس برس"), from the pack's
 * agency list: cased scripts find them as capitalised runs (type-runs.ts), Arabic script has nothing else to
 * show them.
 */
import type { RecognitionContext } from './context.js';
import { makeSpan } from './make-span.js';
import { ngramKeys } from './ngram-spans.js';
import { placeNamed } from './place-lookup.js';
import { scanSpans, type Span } from './span.js';

/** Longest agency name tried, in words ("أسوشيتد برس" has 2, "أ ف ب" 3). */
const MAX_AGENCY_WORDS = 3;
/**
 * Fewest letters of an agency name trusted in running text: shorter ones are also common words or places
 * ("مهر" dowry, "قنا" Qena, "وام", "تاس").
 */
const MIN_AGENCY_LETTERS = 5;

/**
 * Whether a listed agency is a name wherever it stands: long enough, no place ("فارس" is also Fars), and not
 * the plural of an organisation word, which credits agencies in general ("وكالات").
 */
function trustedAgency(context: RecognitionContext, key: string): boolean {
  if (key.replace(/\s/gu, '').length < MIN_AGENCY_LETTERS || placeNamed(key)) return false;
  const plural = /^(.+)ات$/u.exec(key);
  return !(plural && context.resources.cues.allWords.has(`${plural[1]}ه`));
}

/** Whether words [start, end) stand alone in brackets, as a credit does: "(فرانس برس)", "(آن لائن)". */
function bracketed(context: RecognitionContext, start: number, end: number): boolean {
  return context.words[start - 1]?.token.text === '(' && context.words[end]?.token.text === ')';
}

/**
 * The agency at word `i`. A name of several words counts only as a bracketed credit: its words are common
 * ones apart ("آن لائن" is also "online"), and in running text an organisation word comes before it
 * ("وكالة فرانس برس"), which the cue rules read.
 */
function agencyAt(context: RecognitionContext, i: number): Span | null {
  if (!context.words[i]?.isWord) return null;
  for (let n = MAX_AGENCY_WORDS; n >= 1; n -= 1) {
    // A bracketed credit is an agency however short ("(وام)", "(أ ف ب)").
    const credit = bracketed(context, i, i + n);
    if (n > 1 && !credit) continue;
    const hit = ngramKeys(context, i, i + n).find(({ key }) => context.resources.agencies.has(key) && (credit || trustedAgency(context, key)));
    if (hit) return { ...makeSpan(context, i, i + n, 'organization', ['agency'], 3), charStart: hit.form.start };
  }
  return null;
}

export function caselessAgencySpans(context: RecognitionContext): Span[] {
  if (context.resources.agencies.size === 0) return [];
  return scanSpans(context.words.length, (i) => agencyAt(context, i));
}
