/**
 * The "for …" part of an Arabic organisation's name, written with the joined preposition ل: "منظمة الأمم المتحدة
 * للطفولة", "الوكالة الدولية للطاقة الذرية", "المفوضية السامية لشؤون اللاجئين", "الهيئة العامة للاستعلامات".
 *
 * The same shape is as often no name: "أعلن الجيش الإسرائيلي للمرة الثانية" ("for the second time"), "قالت
 * الخارجية الأمريكية لوكالة رويترز" ("told Reuters"), and after a verbal noun "دعم البنك الدولي للمشاريع"
 * ("the World Bank's support for projects"). So the phrase is taken only where the name so far ends in an
 * adjective, a place or a namesake, the organisation is not a notable name already complete, it opens a clause or follows a preposition or
 * a title, and the words after ل are common nouns, no place, person's title, organisation word, date or function
 * word, nor a plural of people.
 */
import { articleBefore, DEFINITE_FEMININE_NISBA, DEFINITE_NISBA, hasArticle, isPlaceOrDemonym, joinedAnd, opensClause } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { notableAt } from './ngram-spans.js';
import { placeNamed } from './place-lookup.js';

/** The joined preposition "for", and the same before the article ("ل" + "ال" is written "لل"). */
const FOR = 'ل';
const FOR_THE = 'لل';
/** Words the "for" phrase may run to: "للتربية والثقافة والعلوم", "لإغاثة وتشغيل اللاجئين". */
const MAX_PHRASE_WORDS = 3;

/** Whether word `i` may stand in the "for" phrase: a content word of the text, not a place, a cue, a date or a function word. */
function commonNoun(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word?.isWord || word.stop || /\p{N}/u.test(word.token.text)) return false;
  const { resources } = context;
  if (resources.nonNames.has(word.folded) || context.inCue[i] || isPlaceOrDemonym(context, i) || notableAt(context, i)) return false;
  // "لوكالة", "للرئيس": a cue word of its own after ل; a word of a longer cue ("الطاقة" of "وزير الطاقة") is a noun here.
  const oneWordCue = (folded: string): boolean => resources.cues.byFirst.get(folded)?.some((phrase) => phrase.words.length === 1) ?? false;
  return !word.forms.some((form, k) => (k > 0 && (resources.stopwords.has(form.folded) || resources.dateWords.has(form.folded))) || oneWordCue(form.folded));
}

/**
 * Whether the organisation name over [start, end) ends in what a "for" phrase follows: an adjective, a nisba
 * ("الدولية", "السامية") or any word with the article after a head that has it too ("الهيئة العامة": a construct's
 * head never has it); a notable name ("منظمة الأمم المتحدة"); a place ("شركة قطر للطاقة"); or the person the body
 * is named after ("مركز الملك سلمان للإغاثة").
 */
function endsInModifier(context: RecognitionContext, start: number, end: number): boolean {
  const last = context.words[end - 1]?.folded ?? '';
  if (DEFINITE_NISBA.test(last) || DEFINITE_FEMININE_NISBA.test(last)) return true;
  const head = context.inCue[start];
  if (end - start >= 2 && hasArticle(last) && articleBefore(context, start, head?.charStart ?? context.words[start]!.token.start) !== null) return true;
  if (head && end === head.end + 1 && context.words[end - 1]!.forms.some((form) => placeNamed(form.folded)?.strong)) return true;
  if (head && context.inCue[head.end]?.phrase.kind === 'personTitle') return true;
  for (let i = start + 1; i < end; i += 1) {
    const notable = notableAt(context, i);
    if (notable && i + notable.n === end) return true;
  }
  return false;
}

/** Whether the whole organisation is a notable name ("منظمة الصحة العالمية"): its name is complete, and a ل after it is the verb's. */
function wholeNotable(context: RecognitionContext, start: number, end: number): boolean {
  const notable = notableAt(context, start);
  return notable !== null && start + notable.n === end;
}

/** The sound masculine plural of people ("للصحفيين", "للمستثمرين"): after an organisation, whom it told or gave to. */
const PEOPLE_PLURAL = /ين$/u;

/**
 * Whether the organisation starting at word `start` stands where a name does: its first word carries a joined
 * preposition or conjunction ("للوكالة"), or the word before it is the text's edge, punctuation, a verb of the
 * pack's lexicons, a function word, a title or an organisation word. Any other word before it may be a verbal noun that governs it, and
 * then ل brings that noun's object.
 */
function standsAsName(context: RecognitionContext, start: number): boolean {
  const first = context.words[start];
  const cueStart = context.inCue[start]?.charStart;
  if (!first || cueStart === undefined) return false;
  // "للوكالة", "وجامعة": what is joined before the article or the word, the article itself aside.
  const article = articleBefore(context, start, cueStart);
  if ((article ?? cueStart) > first.token.start) return true;
  const before = context.words[start - 1];
  // A cue word before it heads a chain of nouns, not a verbal noun: "مجلس إدارة الاتحاد السعودي لكرة القدم".
  return !before?.isWord || before.stop || opensClause(context, start - 1) || context.inCue[start - 1] !== null || sentenceVerb(context, start - 1);
}

/**
 * Whether word `i` opens its sentence with a joined "و" and no article ("وأطلقت", "وتسلمت"): news sentences open
 * so with their verb, whether or not the pack's lexicons list it; a verbal noun opens one without "و" (headlines).
 */
function sentenceVerb(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  if (!word || !joinedAnd(context, i) || hasArticle(word.folded.slice(1))) return false;
  const previous = context.words[i - 1];
  return !previous || (!previous.isWord && /[.!?؟:\n]/u.test(context.text.slice(previous.token.start, word.token.start)));
}

/**
 * Where the organisation over [start, end) ends once its "for" phrase is taken; `end` when it has none. The
 * phrase is "لل" + noun ("للطفولة"), or "ل" + noun + a noun with the article ("لكرة القدم", "لحقوق الإنسان"),
 * then adjectives or nouns linked by "و", three words at most.
 */
export function purposeComplementEnd(context: RecognitionContext, start: number, end: number): number {
  if (context.language !== 'ar') return end;
  const word = context.words[end];
  if (!word?.isWord || !word.folded.startsWith(FOR) || PEOPLE_PLURAL.test(word.folded) || !commonNoun(context, end)) return end;
  const head = context.inCue[start];
  if (!head || !context.resources.purposeOrganizationWords.has(head.phrase.words.join(' '))) return end;
  if (!endsInModifier(context, start, end) || wholeNotable(context, start, end) || !standsAsName(context, start)) return end;
  let last = end + 1;
  if (!word.folded.startsWith(FOR_THE)) {
    // "لكرة القدم": a bare noun after ل is a construct, and its noun with the article must follow.
    if (!hasArticle(context.words[last]?.folded ?? '') || !commonNoun(context, last)) return end;
    last += 1;
  }
  // Then adjectives ("للطاقة الذرية") and nouns linked by "و" ("للتربية والثقافة"); another noun with the article is
  // the verb's object ("أصدرت الهيئة العليا للانتخابات النتائج").
  while (last - end < MAX_PHRASE_WORDS && commonNoun(context, last)) {
    const next = context.words[last]!.folded;
    if (!DEFINITE_NISBA.test(next) && !DEFINITE_FEMININE_NISBA.test(next) && !(joinedAnd(context, last) && next.length > 1)) break;
    last += 1;
  }
  return last;
}
