/**
 * People named without a title in scripts without capitals, opened by a
 * given name the language pack lists: "وقالت هيلين ماركيتي إن…", "محمد جواد
 * ظريف", "سرگئی لاوروف". The given name must be followed by a name word; a
 * given name alone ("قال أحمد") is left to the document's repetition.
 */
import { canBeNameWord, isBoundary, isParticle, joinedAnd } from './caseless-spans.js';
import type { RecognitionContext } from './context.js';
import { JOINING, lineageEnd, nameWordAt, particleAt } from './lineage-names.js';
import { makeSpan } from './make-span.js';
import { scanSpans, type Span } from './span.js';
import type { Form } from './words.js';

/** The word's form that is a listed given name: as written, or after one joined letter ("وأحمد", "لمحمد"). */
function givenNameForm(context: RecognitionContext, i: number): Form | undefined {
  const word = context.words[i];
  if (!word?.isWord || word.stop) return undefined;
  const start = word.token.start;
  return word.forms.find((form) => form.start - start <= 1 && context.resources.givenNames.has(form.folded));
}

/** A word that goes on with the name: a name word that starts no new one (no joined "and"; after "عبد", its divine name). */
function continues(context: RecognitionContext, i: number): boolean {
  return nameWordAt(context, i) && canBeNameWord(context, i);
}

/** Whether a name may end before word `i`: a boundary, a joined "and", or a title ("موسى فقي محمد رئيس مفوضية…"). */
function closesAt(context: RecognitionContext, i: number): boolean {
  return isBoundary(context, i) || joinedAnd(context, i) || context.cueAt[i]?.phrase.kind === 'personTitle';
}

function givenNameAt(context: RecognitionContext, i: number): Span | null {
  const form = givenNameForm(context, i);
  // "X بن Y" is a lineage (lineage-names.ts); a given name needs a name word after it.
  // After a particle the given name is inside a lineage already ("خالد بن محمد").
  if (!form || isParticle(context, i - 1) || particleAt(context, i + 1, JOINING) || !continues(context, i + 1)) return null;
  let end = i + 2;
  // A third word only when the name closes after it ("محمد جواد ظريف إن"), not before a word that goes on
  // ("محمد صلاح لاعب ليفربول" keeps two).
  if (continues(context, end) && closesAt(context, end + 1)) end += 1;
  end = lineageEnd(context, end);
  return { ...makeSpan(context, i, end, 'person', ['given-name'], 2), charStart: form.start };
}

export function givenNameSpans(context: RecognitionContext): Span[] {
  if (context.resources.givenNames.size === 0) return [];
  return scanSpans(context.words.length, (i) => givenNameAt(context, i));
}
