/**
 * People named without a title in Arabic-script text, by the particles of
 * their lineage: "محمد بن سلمان", "تميم بن حمد آل ثاني" (a particle between
 * two name words), "عبد الفتاح السيسي", "أبو عبيدة" (a name opened by "servant
 * of" or "father of"). Capitals cannot mark these names; the particles do.
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import { canBeNameWord, closesAt, DEFINITE_NISBA, divineNameAfterServant, joinedAnd, nounEnding, SERVANT_OF } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { makeSpan, rangeKey } from './make-span.js';
import { placeNamed } from './place-lookup.js';
import { scanSpans, type Span } from './span.js';

/** Particles that only ever join two names in news prose; "ابن" and "بنت" are left out, being "son" and "girl" too. */
export const JOINING = new Set(['بن', 'آل'].map(foldForMatch));
/** Particles that open a name; "أبو ظبي" and other places named so are ruled out by the gazetteer. */
const OPENING = new Set(['عبد', 'أبو'].map(foldForMatch));

export function particleAt(context: RecognitionContext, i: number, kinds: ReadonlySet<string>): boolean {
  const word = context.words[i];
  if (!word?.isWord || !context.resources.particles.has(word.folded)) return false;
  return kinds.has(word.folded);
}

/** A name word, or the divine name after "عبد" whatever else it is ("عبد الله", "عبد الرحمن"). */
export function nameWordAt(context: RecognitionContext, i: number): boolean {
  if (context.words[i - 1]?.folded === SERVANT_OF) return divineNameAfterServant(context, i);
  return canBeNameWord(context, i) && !joinedAnd(context, i);
}

/** Where a lineage that has reached `end` stops: each joining particle brings one more name word ("بن حمد آل ثاني"). */
export function lineageEnd(context: RecognitionContext, end: number): number {
  let last = end;
  while (particleAt(context, last, JOINING) && nameWordAt(context, last + 1)) {
    last += 2;
    if (context.words[last - 1]?.folded === SERVANT_OF && nameWordAt(context, last)) last += 1;
  }
  return last;
}

/** A surname with the article after a name opened by a particle is a nisba ("السيسي", "القرضاوي"); other words are not taken. */
function nisbaSurname(context: RecognitionContext, i: number): boolean {
  const folded = context.words[i]?.folded ?? '';
  return DEFINITE_NISBA.test(folded) && canBeNameWord(context, i) && !context.resources.regnalOrdinals.has(folded);
}

/** Any family name after a name opened by a particle, where the name closes right after it ("عبد الفتاح البرهان."). */
function closingSurname(context: RecognitionContext, i: number): boolean {
  return nameWordAt(context, i) && !nounEnding(context, i) && !context.resources.regnalOrdinals.has(context.words[i]?.folded ?? '') && closesAt(context, i + 1);
}

function lineageAt(context: RecognitionContext, i: number): Span | null {
  const word = context.words[i];
  if (!word?.isWord) return null;
  // "X بن Y": the joining particle sits after the first name word.
  if (particleAt(context, i + 1, JOINING) && nameWordAt(context, i) && !particleAt(context, i, OPENING) && nameWordAt(context, i + 2)) {
    const end = lineageEnd(context, i + 1);
    return makeSpan(context, i, end, 'person', ['lineage'], 2);
  }
  // "عبد الفتاح السيسي", "وأبو عبيدة": the opening particle may carry a joined "and", which stays outside.
  const opener = word.forms.find((form) => OPENING.has(form.folded) && context.resources.particles.has(form.folded));
  if (!opener || !nameWordAt(context, i + 1)) return null;
  // The gazetteer writes such places spaced or joined ("أبو ظبي", "أبوظبي").
  const key = rangeKey(context, i, i + 2);
  if (placeNamed(key) || placeNamed(key.replace(' ', ''))) return null;
  let end = lineageEnd(context, i + 2);
  if (end === i + 2 && (nisbaSurname(context, end) || closingSurname(context, end))) end += 1;
  return { ...makeSpan(context, i, end, 'person', ['lineage'], 2), charStart: opener.start };
}

export function lineageNameSpans(context: RecognitionContext): Span[] {
  return scanSpans(context.words.length, (i) => lineageAt(context, i));
}
