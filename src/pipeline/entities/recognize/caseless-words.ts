/**
 * What one word can be in a name of a caseless script (Arabic, Persian, Urdu), and where a name may end: the
 * word-level tests the cue, given-name, lineage and repetition rules share. No spans are made here.
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import type { RecognitionContext } from './context.js';
import { notableNamed } from './make-span.js';
import { demonymOf, placeNamed, trustedPlace } from './place-lookup.js';

/** A joined "and" starts the next name ("روحاني وبوتين"). Not "ف": it opens common names (فيصل، فرحان، فاطمة) far more often than it joins two. */
const AND = 'و';

/**
 * Whether word `i` carries a joined "and", so starts another name. Only where the language joins it (Arabic
 * lists "و" among its clitics); Persian writes "و" apart, and "ورسوف", "ولادیمیر" are names.
 */
export function joinedAnd(context: RecognitionContext, i: number): boolean {
  return context.resources.cliticPrefixes.includes(AND) && (context.words[i]?.folded.startsWith(AND) ?? false);
}

/** A word that can stand in a name: not a stopword, cue word, date word, number, place or demonym. */
export function canBeNameWord(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || word.stop || /\p{N}/u.test(word.token.text)) return false;
  const { resources } = context;
  if (resources.nonNames.has(word.folded) || context.inCue[i] || resources.attribution.has(word.folded)) return false;
  // The word as written is a stopword as `stop` says (it knows the text's spelling of "على"); stripped forms by the list.
  if (word.forms.some((form, k) => (k > 0 && resources.stopwords.has(form.folded)) || resources.cues.allWords.has(form.folded))) return false;
  if (isQualifier(context, i) || opensVerbPhrase(context, i)) return false;
  // Tanween marks common nouns and adverbs ("اتصالاً هاتفياً"); news never writes it on a name.
  if (/[\u064B-\u064D]/u.test(word.token.text)) return false;
  // "بأن", "لأن", "فإن": a joined clitic before a short function word, which stripping (three letters at least) leaves whole.
  if (word.caseless && resources.cliticPrefixes.some((clitic) => word.folded.startsWith(clitic) && resources.stopwords.has(word.folded.slice(clitic.length)))) return false;
  // "والنزاع", "بالاتفاق": a conjunction or preposition joined to the article starts no name.
  if (ARTICLE_WITH_CLITIC.test(word.folded)) return false;
  if (word.forms.some((form) => notableNamed(form.folded))) return false;
  return !isPlaceOrDemonym(context, i);
}

const ARTICLE_WITH_CLITIC = /^(?:[وف][بلك]?ال|[بك]ال|لل)/u;

/** Whether any form of word `i`, as written or with clitics stripped, is in `set` ("وأكد" reads "أكد"). */
export function anyFormIn(context: RecognitionContext, i: number, set: ReadonlySet<string>): boolean {
  return context.words[i]?.forms.some((form) => set.has(form.folded)) ?? false;
}

/** A qualifier of a title or a name ("السابق", "الراحل", "بالوكالة"), as written or with "و" before it. */
export function isQualifier(context: RecognitionContext, i: number): boolean {
  return anyFormIn(context, i, context.resources.titleQualifiers);
}

/**
 * Where the article before `charStart`, inside word `i`, begins: the article belongs to the name ("البصرة",
 * "الجيش الإسرائيلي"), the joined conjunction or preposition before it does not ("والأمريكية"). Null when no
 * article stands there.
 */
export function articleBefore(context: RecognitionContext, i: number, charStart: number): number | null {
  const tokenStart = context.words[i]?.token.start ?? charStart;
  return charStart - ARTICLE.length >= tokenStart && context.text.slice(charStart - ARTICLE.length, charStart) === ARTICLE ? charStart - ARTICLE.length : null;
}

export function isPlaceOrDemonym(context: RecognitionContext, i: number): boolean {
  for (const form of context.words[i]?.forms ?? []) {
    if (demonymOf(form.folded) !== null || trustedPlace(form.folded)) return true;
    // A word that names a place as written is not read with a clitic stripped: "كسلا" is no "ك" + "سلا" (Salé).
    if (placeNamed(form.folded)) return false;
  }
  return false;
}

export function isParticle(context: RecognitionContext, i: number): boolean {
  return context.resources.particles.has(context.words[i]?.folded ?? '');
}

/** "عبد" ("servant of"), the particle that opens a name with a divine name after it. */
export const SERVANT_OF = 'عبد';

/** Whether word `i` is the divine name after "عبد", whatever that word is elsewhere: "عبد الله", "عبد الرحمن". */
export function divineNameAfterServant(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  return context.words[i - 1]?.folded === SERVANT_OF && word?.isWord === true && !word.stop && !/\p{N}/u.test(word.token.text);
}

/** The Arabic definite article, which belongs to the name it opens ("البصرة"). */
const ARTICLE = 'ال';

/** Whether a folded Arabic word carries the definite article ("الإقليم", "الجلسة"). */
export function hasArticle(folded: string): boolean {
  return folded.startsWith(ARTICLE);
}

/** The divine name, which closes compound family names ("نصر الله", "فضل الله", "عطا الله"). */
const DIVINE_NAME = foldForMatch('الله');

/** Whether word `i` is the divine name closing a compound name after a name word ("حسن نصر الله"). */
export function divineNameClosing(context: RecognitionContext, i: number): boolean {
  return i > 0 && context.words[i]?.folded === DIVINE_NAME && (context.words[i - 1]?.isWord ?? false);
}

/** A definite masculine nationality adjective, the shape of a family name from a place ("السوداني", "المصري"). */
export const DEFINITE_NISBA = /^ال.+ي$/u;

/** A definite feminine nisba as folding leaves it (ة → ه): an adjective ("الدولية", "الأممية"), never a family name. */
export const DEFINITE_FEMININE_NISBA = /^ال.+ي[ةه]$/u;

/** Words a name has before a nisba is read as its family name, not as an adjective of a one-word name. */
const NAME_WORDS_BEFORE_NISBA = 2;

/**
 * Where a person's name over [start, end) ends once a family name of nisba form is taken: "محمد شياع السوداني"
 * and "صلاح الدين البيطار المصري"-style names put the nisba last, while an adjective of nationality comes before
 * the name ("اللاعب المصري محمد صلاح"). Only after two name words and where no name word follows; a feminine
 * form agrees with a noun and is left out ("وزيرة الخارجية السودانية").
 */
export function nisbaSurnameEnd(context: RecognitionContext, start: number, end: number): number {
  if (end - start < NAME_WORDS_BEFORE_NISBA || context.language !== 'ar') return end;
  const word = context.words[end];
  if (!word?.isWord || !DEFINITE_NISBA.test(word.folded) || demonymOf(word.folded) === null) return end;
  return closesAt(context, end + 1) || !canBeNameWord(context, end + 1) ? end + 1 : end;
}

/**
 * Whether Arabic word `i` ends as a common noun after a name does: in the pronoun "ه" ("his": "أعلن عبدالعزيز
 * بوتفليقة ترشحه") or the accusative alif ("تعيين روي فيتوريا مدربا"). Only the third word of a name is tested:
 * names end so too ("محمد عبده", "فيتوريا"), but rarely after two name words. Not "يه", "اه" (أندريه، شاه), the
 * divine name ("نصر الله") nor "اء" (هيفاء).
 */
export function nounEnding(context: RecognitionContext, i: number): boolean {
  const text = context.words[i]?.token.text ?? '';
  return context.language === 'ar' && ((/[^يا]ه$/u.test(text) && !text.endsWith('لله')) || /[^اى]ا$/u.test(text));
}

/**
 * Whether word `i`, which opens with a joined "and", is the family name of the listed given name before it
 * ("ستيف ويتكوف"): the name closes right after it, and without its "و" it is no given name ("محمد وأحمد") and it
 * ends as no noun with a pronoun does ("ستيف وزوجته").
 */
export function surnameOpeningWithAnd(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word || !joinedAnd(context, i) || !canBeNameWord(context, i) || nounEnding(context, i) || !closesAt(context, i + 1)) return false;
  const { givenNames, commonWordGivenNames } = context.resources;
  const listed = (folded: string): boolean => givenNames.has(folded) || commonWordGivenNames.has(folded);
  const stripped = word.forms.find((form) => form.start === word.token.start + 1)?.folded;
  return stripped !== undefined && !listed(stripped) && givenNames.has(context.words[i - 1]?.folded ?? '');
}

/** Whether a name may end before word `i`: a boundary, a joined "and", a title ("موسى فقي محمد رئيس مفوضية…") or an alias marker ("المعروف باسم"). */
export function closesAt(context: RecognitionContext, i: number): boolean {
  return isBoundary(context, i) || joinedAnd(context, i) || context.cueAt[i]?.phrase.kind === 'personTitle' || aliasMarkerEnd(context, i) > i;
}

/** Most words of an alias marker ("أو ما يعرف بـ" has four). */
const MAX_MARKER_WORDS = 4;

/** Where an alias marker of the pack that starts at word `i` ends ("المعروف باسم"); `i` when none starts there. */
export function aliasMarkerEnd(context: RecognitionContext, i: number): number {
  const { aliasMarkers } = context.resources;
  if (aliasMarkers.size === 0 || !context.words[i]?.isWord) return i;
  let phrase = '';
  let end = i;
  for (let k = i; k < i + MAX_MARKER_WORDS && context.words[k]?.isWord; k += 1) {
    phrase = phrase ? `${phrase} ${context.words[k]!.folded}` : context.words[k]!.folded;
    if (aliasMarkers.has(phrase)) end = k + 1;
  }
  return end;
}

/** A comma token ("،" or ","). */
export function isComma(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  return word !== undefined && !word.isWord && /^[،,]$/u.test(word.token.text);
}

/** Whether word `i` bounds a name: the text's edge, punctuation, a function word, a reporting verb ("وقال") or a qualifier ("السابق"). */
export function isBoundary(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || word.stop) return true;
  const { attribution, stopwords } = context.resources;
  return word.forms.some((form, k) => attribution.has(form.folded) || (k > 0 && stopwords.has(form.folded))) || isQualifier(context, i);
}

/** Whether word `i` opens a clause whose subject comes next: the text's edge, punctuation, or a verb of the pack's speech or event vocabulary ("وقال", "وأوضح"). */
export function opensClause(context: RecognitionContext, i: number): boolean {
  if (!context.words[i]?.isWord) return true;
  const { attribution, clauseVerbs } = context.resources;
  return anyFormIn(context, i, attribution) || anyFormIn(context, i, clauseVerbs);
}

const foldedWords = new WeakMap<RecognitionContext, readonly string[]>();

/** Whether a verb phrase of several words starts at word `i` ("گزارش داد", "دیدار کرد"). */
export function opensVerbPhrase(context: RecognitionContext, i: number): boolean {
  let folded = foldedWords.get(context);
  if (!folded) foldedWords.set(context, (folded = context.words.map((word) => word.folded)));
  return context.resources.opensVerbPhrase(folded, i);
}
