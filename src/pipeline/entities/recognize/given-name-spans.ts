/**
 * People named without a title in scripts without capitals, opened by a
 * given name the language pack lists: "وقالت هيلين ماركيتي إن…", "محمد جواد
 * ظريف", "سرگئی لاوروف". The given name must be followed by a name word; a
 * given name alone ("قال أحمد") is left to the document's repetition.
 */
import { canBeNameWord, closesAt, divineNameClosing, isParticle, nisbaSurnameEnd, nounEnding, opensClause, surnameOpeningWithAnd } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { JOINING, lineageEnd, nameWordAt, particleAt } from './lineage-names.js';
import { makeSpan } from './make-span.js';
import { scanSpans, type Span } from './span.js';
import type { Form } from './words.js';

/**
 * The listed given name at word `i`: its first word's form (as written, or after one joined letter: "وأحمد",
 * "لمحمد") and how many words it has ("نور الدين" has two).
 */
function givenNameAtWord(context: RecognitionContext, i: number): { form: Form; words: number } | undefined {
  const word = context.words[i];
  if (!word?.isWord || word.stop) return undefined;
  const start = word.token.start;
  const next = context.words[i + 1];
  const { givenNames, commonWordGivenNames } = context.resources;
  for (const form of word.forms) {
    if (form.start - start > 1) continue;
    if (next?.isWord && givenNames.has(`${form.folded} ${next.folded}`)) return { form, words: 2 };
    if (givenNames.has(form.folded)) return { form, words: 1 };
  }
  // "وقال حسن نصر الله": a name that is also a word only as written, as the subject of a clause.
  const written = word.forms[0];
  if (written && commonWordGivenNames.has(written.folded) && opensClause(context, i - 1)) return { form: written, words: 1 };
  return undefined;
}

/** A word that goes on with the name: a name word that starts no new one (no joined "and"; after "عبد", its divine name). */
function continues(context: RecognitionContext, i: number): boolean {
  if (divineNameClosing(context, i)) return true;
  return nameWordAt(context, i) && canBeNameWord(context, i);
}

function givenNameAt(context: RecognitionContext, i: number): Span | null {
  const given = givenNameAtWord(context, i);
  if (!given) return null;
  const after = i + given.words;
  // "X بن Y" is a lineage (lineage-names.ts); a given name needs a name word after it.
  // After a particle the given name is inside a lineage already ("خالد بن محمد").
  if (isParticle(context, i - 1) || particleAt(context, after, JOINING) || !(continues(context, after) || surnameOpeningWithAnd(context, after))) return null;
  let end = after + 1;
  // A third word only when the name closes after it ("محمد جواد ظريف إن"), not before a word that goes on
  // ("محمد صلاح لاعب ليفربول" keeps two).
  if (continues(context, end) && closesAt(context, end + 1) && !nounEnding(context, end)) end += 1;
  end = nisbaSurnameEnd(context, i, lineageEnd(context, end));
  return { ...makeSpan(context, i, end, 'person', ['given-name'], 2), charStart: given.form.start };
}

export function givenNameSpans(context: RecognitionContext): Span[] {
  if (context.resources.givenNames.size === 0 && context.resources.commonWordGivenNames.size === 0) return [];
  return scanSpans(context.words.length, (i) => givenNameAt(context, i));
}
