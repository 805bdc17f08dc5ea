/**
 * Names found by looking word n-grams up in lists, whatever their case:
 * notable names ("Iran nuclear deal", "الاتفاق النووي") everywhere; in
 * caseless scripts also gazetteer places ("جمهورية آذربيجان", "وروسيا") and
 * nationality adjectives ("الروسي"). The first word may carry joined clitics.
 */
import { articleBefore, joinedAnd } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { makeSpan, notableLengthFrom, notableNamed, placeFields } from './make-span.js';
import { nameKeyOf } from './name-key-of.js';
import { demonymOf, placeNamed, trustedPlace } from './place-lookup.js';
import type { Span } from './span.js';
import type { Form } from './words.js';
import type { NotableName } from './notable-names.js';

/** Longest place name tried, in words ("الجمهورية الاسلامية الايرانية" has 3; "Bosnia and Herzegovina" 3). */
const MAX_PLACE_WORDS = 4;

/** Keys of tokens [start, end) for each form of the first token: what a list may hold. */
export function ngramKeys(context: RecognitionContext, start: number, end: number): { form: Form; key: string }[] {
  let rest = '';
  for (let i = start + 1; i < end; i += 1) {
    const word = context.words[i];
    if (!word?.isWord) return [];
    rest += ` ${word.folded}`;
  }
  return (context.words[start]?.forms ?? []).map((form) => ({ form, key: nameKeyOf(form.folded + rest) }));
}

/** Word tokens from `start` with no punctuation between them, at most `max`. */
function wordRunLength(context: RecognitionContext, start: number, max: number): number {
  let n = 0;
  while (n < max && context.words[start + n]?.isWord) n += 1;
  return n;
}

/** The longest notable name starting at word `i`: its length in words, the first word's form it starts from, the name; null when none. */
export function notableAt(context: RecognitionContext, i: number): { n: number; form: Form; notable: NotableName } | null {
  const word = context.words[i];
  if (!word?.isWord) return null;
  const longest = Math.max(0, ...word.forms.map((form) => notableLengthFrom(nameKeyOf(form.folded).split(' ')[0] ?? '')));
  for (let n = wordRunLength(context, i, longest); n >= 1; n -= 1) {
    const written = (form: { start: number }): string => context.text.slice(form.start, context.words[i + n - 1]?.token.end ?? form.start);
    const hit = ngramKeys(context, i, i + n).find(({ key, form }) => notableNamed(key, written(form)));
    const notable = hit ? notableNamed(hit.key, written(hit.form)) : undefined;
    if (hit && notable) return { n, form: hit.form, notable };
  }
  return null;
}

export function notableSpans(context: RecognitionContext): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < context.words.length; i += 1) {
    const hit = notableAt(context, i);
    if (!hit) continue;
    // "الهلال الأحمر المصري": in caseless text a nationality adjective after an organisation names its national branch.
    const end = i + hit.n + (context.caseless && hit.notable.type === 'organization' && nationalityAt(context, i + hit.n) ? 1 : 0);
    spans.push({ ...makeSpan(context, i, end, hit.notable.type, ['notable'], 3, { name: hit.notable.name }), charStart: hit.form.start });
    i = end - 1;
  }
  return spans;
}

/** Whether word `i` is a nationality adjective written with the article ("المصري", "السورية"). */
function nationalityAt(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  return word?.isWord === true && word.folded.startsWith('ال') && demonymOf(word.folded) !== null;
}

/**
 * Whether a place preposition stands right before word `i`, alone or after a joined "and" ("وفي غزة"): there a
 * region or a mid-sized city, too often a word to trust alone, is the place ("في غزة", "إلى لاهاي").
 */
function afterPlacePreposition(context: RecognitionContext, i: number): boolean {
  const before = context.words[i - 1];
  const { placePrepositions } = context.resources;
  if (!before?.isWord || placePrepositions.size === 0) return false;
  // "في جنوب لبنان": a word before a country or city is its compass point, not a place of its own; one joined
  // to it by "and" is a place of its own ("في الدوحة والقاهرة").
  if (!joinedAnd(context, i + 1) && context.words[i + 1]?.forms.some((form) => trustedPlace(form.folded))) return false;
  // Stripped forms keep three letters at least, so a joined "و" is taken off here ("وفي" → "في").
  return placePrepositions.has(before.folded) || (joinedAnd(context, i - 1) && placePrepositions.has(before.folded.slice(1)));
}

/**
 * Where a caseless place or nationality word starts once the article stripped to find it is given back: the
 * article belongs to the name ("البصرة", "والأمريكية" → "الأمريكية"), the joined conjunction or preposition
 * before it does not.
 */
function withArticle(context: RecognitionContext, i: number, formStart: number): number {
  return articleBefore(context, i, formStart) ?? formStart;
}

/**
 * Whether word `i` is joined by "and" to the place that ends right before it ("الرياض والدوحة"): a strong place
 * written so is one more of a list. `form` must be the word with only the conjunction taken off.
 */
function coordinatedPlace(context: RecognitionContext, i: number, form: Form, previous: Span | undefined): boolean {
  const word = context.words[i]!;
  return previous?.end === i && previous.type === 'place' && joinedAnd(context, i) && form.start === word.token.start + 1;
}

/** Marks that close a dateline's place ("الدوحة - …", "بيروت (رويترز)"). */
const DATELINE_MARKS = new Set(['-', '–', '—', ':', '(']);

/** Whether word `i` is a dateline's place: the first word of a paragraph, followed by a dash, colon or bracket. */
function datelineAt(context: RecognitionContext, i: number): boolean {
  const previous = context.words[i - 1];
  const opensParagraph = !previous || context.text.slice(previous.token.end, context.words[i]!.token.start).includes('\n');
  return opensParagraph && DATELINE_MARKS.has(context.words[i + 1]?.token.text ?? '');
}

/** Whether the next form of word `i` after the one as written strips only the article ("الرباط" → "رباط"). */
function articleOnlyNext(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  const next = word?.forms[1];
  return word !== undefined && next !== undefined && context.text.slice(word.token.start, next.start) === 'ال';
}

/** Gazetteer places and demonyms among the words of a caseless text, longest first. */
export function caselessPlaceSpans(context: RecognitionContext): Span[] {
  const spans: Span[] = [];
  const { words, resources } = context;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word?.isWord || word.stop || resources.nonNames.has(word.folded)) continue;
    const previous = spans[spans.length - 1];
    let found: Span | null = null;
    for (let n = wordRunLength(context, i, MAX_PLACE_WORDS); n >= 2 && !found; n -= 1) {
      if (words[i + n - 1]?.stop) continue;
      for (const { form, key } of ngramKeys(context, i, i + n)) {
        const hit = placeNamed(key);
        if (!hit) continue;
        found = { ...makeSpan(context, i, i + n, 'place', [`gazetteer:${hit.place.kind}`], 2, placeFields(hit)), charStart: withArticle(context, i, form.start) };
        break;
      }
    }
    // One word: the least stripped form that is a trusted place or a nationality adjective ("الروسية" before "روسية").
    // A place word is no place of its own: "مدينة كابول" is "the city of Kabul", not Medina.
    const placeWord = context.inCue[i]?.phrase.kind === 'place' && context.inCue[i]?.phrase.words.length === 1;
    for (const form of found || placeWord ? [] : word.forms) {
      const hit = placeNamed(form.folded);
      // After a preposition only the word as written counts: "في المئة" ("per cent") is no "مئة" (Mie prefecture).
      if (hit && (trustedPlace(form.folded) || (hit.strong && ((form === word.forms[0] && (afterPlacePreposition(context, i) || datelineAt(context, i))) || coordinatedPlace(context, i, form, previous))))) {
        found = { ...makeSpan(context, i, i + 1, 'place', [`gazetteer:${hit.place.kind}`], 2, placeFields(hit)), charStart: withArticle(context, i, form.start) };
        break;
      }
      const demonym = demonymOf(form.folded);
      if (demonym) {
        found = { ...makeSpan(context, i, i + 1, 'place', ['demonym'], 2, { demonym: true, country: demonym.country }), charStart: withArticle(context, i, form.start) };
        break;
      }
      // A word that names a place as written is that place or nothing: "كسلا" (Kassala) is no "ك" + "سلا" (Salé).
      // Only the article may still go: it belongs to the name, and "الرباط" names the region as written and the
      // city without it.
      if (hit && form === word.forms[0] && !articleOnlyNext(context, i)) break;
    }
    if (found) {
      spans.push(found);
      i = found.end - 1;
    }
  }
  return spans;
}

/** Nationality adjectives written in lower case in cased scripts («российский», "iranien"). */
export function lowerCaseDemonymSpans(context: RecognitionContext): Span[] {
  const spans: Span[] = [];
  context.words.forEach((word, i) => {
    if (!word.isWord || word.capitalized || word.caseless || word.stop || word.folded.length < 4) return;
    const demonym = demonymOf(word.folded);
    if (demonym && !demonym.derived) spans.push(makeSpan(context, i, i + 1, 'place', ['demonym'], 2, { demonym: true, country: demonym.country }));
  });
  return spans;
}
