/**
 * A country named by its state form and nationality adjective, as Arabic
 * writes it: "الجمهورية الاسلامية الايرانية" (the Islamic Iranian Republic),
 * "المملكة الأردنية الهاشمية" order aside, "الجمهورية العربية السورية". The
 * adjective alone is only a demonym; with a state noun before it the phrase is
 * a name of the country. State nouns and words come from the official names in
 * the gazetteer (state-forms.ts), not from a list of our own.
 */
import { countryName, stateFormWords } from '../../../gazetteer/index.js';
import type { RecognitionContext } from './context.js';
import { makeSpan } from './make-span.js';
import type { Span } from './span.js';

/** State nouns and adjectives before the demonym, at most ("الجمهورية الديمقراطية الشعبية الجزائرية" has 3). */
const MAX_STATE_WORDS = 4;

function isStateWord(context: RecognitionContext, i: number, set: ReadonlySet<string>): boolean {
  const word = context.words[i];
  return Boolean(word?.isWord && word.forms.some((form) => set.has(form.folded)));
}

/**
 * Demonym spans of a caseless text widened over the state form written before
 * them, when that form opens with a state noun; the widened span names the
 * demonym's country. Other spans are returned unchanged.
 */
export function widenStateNames(context: RecognitionContext, spans: readonly Span[]): Span[] {
  const { words, heads } = stateFormWords();
  return spans.map((span) => {
    if (!span.demonym || !span.country || span.end - span.start !== 1) return span;
    let first = span.start;
    while (first > 0 && span.start - first < MAX_STATE_WORDS && isStateWord(context, first - 1, words)) first -= 1;
    // Back to the nearest state noun: "الثورة الاسلامية الايرانية" has none and stays a demonym.
    while (first < span.start && !isStateWord(context, first, heads)) first += 1;
    if (first === span.start) return span;
    const opening = context.words[first]!.forms.find((form) => heads.has(form.folded))!;
    const code = span.country;
    const widened = makeSpan(context, first, span.end, 'place', ['state-form', ...span.evidence], span.strength, {
      placeId: code,
      country: code,
      name: countryName(code, 'en') ?? code,
    });
    // The article belongs to the name ("الجمهورية"); a joined و or ب before it does not.
    const article = opening.start - 2 >= context.words[first]!.token.start && context.text.slice(opening.start - 2, opening.start) === 'ال';
    return { ...widened, charStart: article ? opening.start - 2 : opening.start };
  });
}
