/**
 * Names in scripts without capitals (Arabic, Persian, Urdu), found from cues:
 * a person title, then nationality adjectives or "لدى <place>", then one or
 * two name words ("الرئيس الروسي فلاديمير بوتين", "السفير الايراني لدى موسكو
 * كاظم جلالي"); an organisation word and its complement ("منظمة الصحة
 * العالمية"); a place word and the name after it ("منطقة قره باغ").
 */
import { isCapital } from '../../../gazetteer/index.js';
import type { RecognitionContext } from './context.js';
import { anyFormIn, articleBefore, canBeNameWord, closesAt, DEFINITE_FEMININE_NISBA, DEFINITE_NISBA, divineNameAfterServant, divineNameClosing, hasArticle, isBoundary, isComma, isParticle, isPlaceOrDemonym, isQualifier, joinedAnd, nisbaSurnameEnd, nounEnding, opensClause, opensVerbPhrase, SERVANT_OF, surnameOpeningWithAnd } from './caseless-words.js';
import { makeSpan, placeFields, rangeKey } from './make-span.js';
import { notableAt } from './ngram-spans.js';
import { purposeComplementEnd } from './purpose-complement.js';
import { demonymOf, placeNamed, trustedPlace } from './place-lookup.js';
import type { Span } from './span.js';

/** Name words taken after a title without further evidence; a third only where the name closes after it, or the document repeats the name (extendNames). */
const NAME_WORDS_AFTER_TITLE = 2;
const ORGANIZATION_COMPLEMENT_WORDS = 3;
const PLACE_NAME_WORDS = 2;

/** A preposition before a place: one the pack lists, or any short function word where it lists none. */
function placePreposition(context: RecognitionContext, i: number): boolean {
  const word = context.words[i]!;
  const { placePrepositions } = context.resources;
  return placePrepositions.size > 0 ? placePrepositions.has(word.folded) : word.stop || [...word.folded].length <= 3;
}

/** Words of a trusted place written at `i`: two for "كوريا الشمالية", one for "روسيا", 0 when none. */
function countryWordsAt(context: RecognitionContext, i: number): number {
  if (context.words[i + 1]?.isWord && trustedPlace(rangeKey(context, i, i + 2))) return 2;
  return context.words[i]?.forms.some((form) => trustedPlace(form.folded)) ? 1 : 0;
}

/** After a title: skip nationality adjectives and "لدى/في <place>" ("السفير الايراني لدى موسكو"); `chain` tells whether an adjective chain was skipped. */
function skipDescriptors(context: RecognitionContext, from: number): { next: number; chain: boolean } {
  let i = from;
  let chain = false;
  for (let steps = 0; steps < 4; steps += 1) {
    const word = context.words[i];
    if (!word?.isWord) break;
    // A country right after the title is its genitive ("رئیس‌جمهور روسیه", "رئيس روسيا", "زعيم كوريا الشمالية");
    // a name after it needs two words.
    const country = countryWordsAt(context, i);
    if (country > 0) {
      i += country;
      chain = true;
      continue;
    }
    // "الإيراني", and "السابق" in "الأمين العام السابق للجامعة العربية عمرو موسى".
    if (word.forms.some((form) => demonymOf(form.folded)) || isQualifier(context, i)) {
      i += 1;
      continue;
    }
    // "حاكم ولاية تكساس": the office's place, named after a place word, then the name.
    const place = context.cueAt[i]?.phrase.kind === 'place' ? placeAfterWord(context, context.cueAt[i]!.end, context.cueAt[i]!.phrase.text) : null;
    if (place) {
      i = place.end;
      chain = true;
      continue;
    }
    // "الأمين العام للأمم المتحدة", "المتحدث باسم وزارة الخارجية": the office's organisation, then the name;
    // "المتحدث باسم الوزارة": an organisation word alone is the one just named.
    const organization = organizationLengthAt(context, i);
    if (organization > 0) {
      i += organization;
      chain = true;
      continue;
    }
    // "لدى موسكو", "في طهران": a preposition and a place; not "إن واشنطن" ("that Washington…"). One word after a
    // place is as often a verb ("المجلس العسكري الحاكم في النيجر طرد السفير").
    if (placePreposition(context, i) && context.words[i + 1]?.isWord && isPlaceOrDemonym(context, i + 1)) {
      i += 2;
      chain = true;
      continue;
    }
    // "رئيس الجمهورية الاسلامية الايرانية": a chain of adjectives with the article, not a name.
    const next = context.words[i + 1];
    if (hasArticle(word.folded) && next?.isWord && (hasArticle(next.folded) || isPlaceOrDemonym(context, i + 1))) {
      i += 1;
      chain = true;
      continue;
    }
    break;
  }
  return { next: i, chain };
}

/** Words of an organisation's name at `i`: a notable one ("للأمم المتحدة") or an organisation word and its complement; 0 when none. */
function organizationLengthAt(context: RecognitionContext, i: number): number {
  const notable = notableAt(context, i);
  if (notable) return notable.notable.type === 'organization' ? notable.n : 0;
  const cue = context.cueAt[i];
  if (cue?.phrase.kind !== 'organization') return 0;
  // "المتحدث باسم الوزارة عاصم جهاد": the ministry just named, then the name.
  if (definiteWithoutName(context, i, cue.end)) return cue.end - i;
  return organizationComplementEnd(context, cue.end) - i;
}

/** Where the organisation word at `cueStart` carries its article: the first character of "ال", or null. */
function articleStart(context: RecognitionContext, cueStart: number): number | null {
  return articleBefore(context, cueStart, context.cueAt[cueStart]?.charStart ?? context.words[cueStart]?.token.start ?? 0);
}

/**
 * Whether a definite organisation word stands for one already named: an article-less word after it is a
 * predicate or another name, not its complement ("الحركة مستعدة" is "the movement is ready"), while "الحركة
 * الإسلامية" goes on.
 */
function definiteWithoutName(context: RecognitionContext, cueStart: number, cueEnd: number): boolean {
  return articleStart(context, cueStart) !== null && !hasArticle(context.words[cueEnd]?.folded ?? '');
}

/**
 * A month name right after a title and before another name word is a given name: Hijri months are
 * (الرئيس التركي رجب طيب أردوغان، رمضان قديروف); a date would bring a number.
 */
function monthAsGivenName(context: RecognitionContext, i: number): boolean {
  const word = context.words[i];
  return word?.isWord === true && context.resources.dateWords.has(word.folded) && canBeNameWord(context, i + 1);
}

/** The divine name after an "عبد" that belongs to the name starting at `start`, not to a word before it. */
function afterServantOf(context: RecognitionContext, start: number, i: number): boolean {
  return i > start && divineNameAfterServant(context, i);
}

/**
 * Where a name set off by a comma after its title starts ("نظيره الروسي، سيرغي لافروف", "همتای قزاقستانی خود،
 * یرلان سیتکالی": a function word such as "خود" may stand before the comma); `from` when there is none. After
 * a counterpart Persian writes the reflexive apart and may go straight on to the name ("همتای عمانی خود بدر
 * البوسعیدی"); Arabic joins the possessive to the noun ("نظيره"), so a function word after it starts a phrase.
 */
function afterApposition(context: RecognitionContext, from: number, counterpart: boolean): number {
  const reflexive = context.words[from]?.stop === true;
  if (counterpart && reflexive && !context.resources.verbFirst && canBeNameWord(context, from + 1)) return from + 1;
  const comma = reflexive && isComma(context, from + 1) ? from + 1 : from;
  return isComma(context, comma) && canBeNameWord(context, comma + 1) ? comma + 1 : from;
}

/**
 * Where a name of two words after a title ends once a third is taken: only where the name closes right after
 * it, as it does before "إن" or a full stop ("المدير العام تيدروس أدهانوم غيبريسوس إن"), and not a word that
 * ends as a common noun does or carries the article.
 */
function thirdNameWordEnd(context: RecognitionContext, start: number, end: number): number {
  const words = context.words.slice(start, end).filter((_, k) => !isParticle(context, start + k)).length;
  if (words !== NAME_WORDS_AFTER_TITLE) return end;
  // "حسن نصر الله": the divine name closes a compound family name.
  if (divineNameClosing(context, end)) return closesAt(context, end + 1) ? end + 1 : end;
  if (!canBeNameWord(context, end) || joinedAnd(context, end) || nounEnding(context, end)) return end;
  // A third word with the article and a feminine or plural ending is the verb's object ("افتتح رئيس البرلمان عادل
  // العسومي الجلسة"); family names with the article rarely end so ("عادل أحمد الجبير").
  if (articleSurname(context, end) && /(?:ة|ات)$/u.test(context.words[end]!.token.text)) return end;
  return closesAt(context, end + 1) ? end + 1 : end;
}

/** Whether word `i` is an Arabic family name with the article, which a title names a person by alone ("الرئيس الأسد"). */
function articleSurname(context: RecognitionContext, i: number): boolean {
  const folded = context.words[i]?.folded ?? '';
  return context.language === 'ar' && hasArticle(folded) && !DEFINITE_FEMININE_NISBA.test(folded);
}

/**
 * Whether word `i`, a city, is the family name of the one name word before it: "وزير الدفاع الأمريكي لويد
 * أوستن" (Austin). Only when the name closes right after it, and never a capital, which after a name is what a
 * visit reached ("زار الرئيس ماكرون بيروت").
 */
function cityAsSurname(context: RecognitionContext, i: number, counted: number): boolean {
  const word = context.words[i];
  if (counted !== 1 || !word?.isWord || context.inCue[i] || joinedAnd(context, i) || demonymOf(word.folded) !== null) return false;
  const hit = placeNamed(word.folded);
  return hit?.place.kind === 'city' && !isCapital(hit.place.id) && closesAt(context, i + 1);
}

/**
 * Whether the Arabic title over [titleStart, titleEnd) is in the construct state, so that a genitive follows it,
 * the office's organisation or place, before any name ("زعيم حزب العمال كير ستارمر", "عمدة لندن صادق خان"). Its
 * last word has no article, pronoun or abbreviation dot ("رئيس", "زعيم", "رئيس بلدية"), and when the title opens
 * with the article that last word is a preposition's ("المتحدث باسم"), not an adjective ("الفريق أول").
 */
function constructTitle(context: RecognitionContext, titleStart: number, titleEnd: number): boolean {
  const first = context.words[titleStart];
  const last = context.words[titleEnd - 1];
  if (context.language !== 'ar' || !first || !last) return false;
  if (hasArticle(last.folded) || /(?:ه|ها|هم)$/u.test(last.folded) || context.text.slice(last.token.end, last.token.end + 1) === '.') return false;
  // "باسم": a one-letter preposition joined to the noun.
  const preposition = last.forms[1]?.start === last.token.start + 1 && !joinedAnd(context, titleEnd - 1);
  return titleEnd - titleStart === 1 || !hasArticle(first.folded) || preposition;
}

/** Where the genitive of a construct title that starts at `i` ends: "الزراعة", "حكومة الإقليم"; `i` when there is none. */
function constructGenitiveEnd(context: RecognitionContext, i: number): number {
  const noun = (k: number): boolean => context.words[k]?.isWord === true && !context.words[k]!.stop && context.inCue[k]?.phrase.kind !== 'personTitle';
  // "الإقليم", "الوزارة": a place or organisation word with the article is the one just named.
  const definite = (k: number): boolean => noun(k) && hasArticle(context.words[k]!.folded);
  if (definite(i)) return i + 1;
  return noun(i) && canBeNameWord(context, i) && definite(i + 1) ? i + 2 : i;
}

function personAfterTitle(context: RecognitionContext, titleStart: number, titleEnd: number, title: string, counterpart = false): Span | null {
  let descriptors = skipDescriptors(context, titleEnd);
  // "وزير الزراعة علاء فاروق", "رئيس حكومة الإقليم مسرور بارزاني": a title in the construct state takes its
  // genitive first, a noun with the article, or a bare noun and one with the article.
  const construct = constructTitle(context, titleStart, titleEnd);
  const genitiveEnd = construct && descriptors.next === titleEnd ? constructGenitiveEnd(context, titleEnd) : titleEnd;
  const genitiveOnly = genitiveEnd > titleEnd;
  if (genitiveOnly) descriptors = { next: skipDescriptors(context, genitiveEnd).next, chain: true };
  const { chain } = descriptors;
  const start = afterApposition(context, descriptors.next, counterpart);
  let end = start;
  // The month-named given name comes on top of the two name words ("رجب طيب أردوغان").
  const month = monthAsGivenName(context, start) ? 1 : 0;
  end += month;
  // Particles ("أبو", "بن", "عبد") join two name words and do not count as one ("أحمد أبو الغيط").
  let counted = month;
  while (counted < month + NAME_WORDS_AFTER_TITLE && (canBeNameWord(context, end) || afterServantOf(context, start, end) || cityAsSurname(context, end, counted - month))) {
    // "الرئيسين روحاني وبوتين": a joined "and" starts the next name.
    if (end > start && joinedAnd(context, end) && !surnameOpeningWithAnd(context, end)) break;
    if (!isParticle(context, end)) counted += 1;
    end += 1;
    // "الرئيس السيسي", "الرئيس الأسد": a family name with the article is the whole name; what follows is the sentence.
    if (end === start + month + 1 && articleSurname(context, end - 1)) break;
  }
  // "تميم بن حمد آل ثاني", "محمد بن زايد آل نهيان": a particle after the counted words carries the lineage on,
  // one particle and one name word at a time (a particle only ever joins two names).
  while (end > start && isParticle(context, end) && (canBeNameWord(context, end + 1) || afterServantOf(context, start, end + 1)) && !joinedAnd(context, end)) {
    end += 2;
    if (context.words[end - 1]?.folded === SERVANT_OF && canBeNameWord(context, end)) end += 1;
  }
  while (end > start && isParticle(context, end - 1)) end -= 1;
  end = nisbaSurnameEnd(context, start, thirdNameWordEnd(context, start, end));
  // "الملك عبد الله الثاني": a ruler's ordinal closes the name.
  if (end > start && context.resources.regnalOrdinals.has(context.words[end]?.folded ?? '')) end += 1;
  // After "رئيس الجمهورية الاسلامية الايرانية" one word is as often a verb ("هنأ") as a name.
  if (end === start || (chain && end - start < 2)) return null;
  // "زعيم المعارضة", "رئيس تحرير الصحيفة": a title in the construct state names its organisation or place first.
  if (descriptors.next === titleEnd && start === titleEnd && construct) return null;
  // After the genitive alone the name must close, or the words are the sentence's object ("نائب رئيس الدولة مبادرة جديدة لدعم").
  if (genitiveOnly && !closesAt(context, end)) return null;
  return makeSpan(context, start, end, 'person', [`title:${title}`], 2);
}

/**
 * A word that can continue an organisation's name outside Arabic: no title, place or nationality ("وزارت امور
 * خارجه"), nor the noun of a reporting verb ("خبرگزاری ایسنا گزارش داد").
 */
function canBeComplement(context: RecognitionContext, i: number): boolean {
  const cue = context.inCue[i];
  return (!cue || cue.phrase.kind === 'organization' || cue.phrase.kind === 'other') && !isPlaceOrDemonym(context, i) && !context.resources.attribution.has(context.words[i]?.folded ?? '') && !opensVerbPhrase(context, i);
}

/** "-iyya" as folding leaves it (ة → ه). */
const FEMININE_NISBA = /ي[ةه]$/u;

/** Whether a definite nisba agrees in gender with the organisation word ending at `cueEnd`: "-iyya" after "قوات", "-i" after "مصرف". */
function agreesWith(context: RecognitionContext, cueEnd: number, nisba: string): boolean {
  const head = context.words[context.inCue[cueEnd - 1]?.start ?? cueEnd - 1]?.folded ?? '';
  return FEMININE_NOUN.test(head) ? FEMININE_NISBA.test(nisba) : DEFINITE_NISBA.test(nisba);
}

/** Feminine nouns as folding leaves them: "-a" (ة → ه) and the plural "-at" ("وزارة", "قوات"). */
const FEMININE_NOUN = /(?:ه|ات)$/u;

/**
 * Whether word `end`, a second bare word after an organisation word, goes on with a foreign name written in
 * several words ("صحيفة يديعوت أحرونوت", "شركة جنرال موتورز"): a name word, no place, and the name closes right
 * after it, as it does before "أن" or a full stop.
 */
function foreignNameGoesOn(context: RecognitionContext, cueEnd: number, end: number): boolean {
  const first = context.words[cueEnd];
  const bare = (i: number): boolean => context.words[i] !== undefined && !hasArticle(context.words[i]!.folded);
  return end === cueEnd + 1 && first !== undefined && bare(cueEnd) && bare(end) && canBeNameWord(context, end) && !joinedAnd(context, end) && !nounEnding(context, end) && closesAt(context, end + 1);
}

/** A trusted place that is a city, not a country ("نيويورك", not "لبنان"). */
function trustedCity(form: string): boolean {
  return trustedPlace(form) && placeNamed(form)?.place.kind === 'city';
}

function countryNamed(form: string): boolean {
  return placeNamed(form)?.place.kind === 'country';
}

/** A letter's name as Arabic spells out a foreign acronym ("سي", "إن", "بي"). */
function isSpelledLetter(folded: string): boolean {
  return [...folded].length <= 2;
}

/** Where the name of a person that an institution bears ends ("الملك سعود" in "جامعة الملك سعود"), `i` when none starts at `i`. */
function namesakeEnd(context: RecognitionContext, i: number): number {
  const cue = context.cueAt[i];
  if (cue?.phrase.kind !== 'personTitle' || context.resources.isCounterpart(cue.phrase.words)) return i;
  return personAfterTitle(context, cue.start, cue.end, cue.phrase.text)?.end ?? i;
}

/**
 * Where an organisation word's complement ends. Arabic complements carry the article ("منظمة الصحة
 * العالمية") after at most one bare name ("حركة حماس", "شركة أرامكو السعودية"), and after a bare name only
 * nationality adjectives go on ("حركة حماس الغارة" stops before "the raid"); elsewhere any name word does
 * ("وزارت امور خارجه").
 */
function organizationComplementEnd(context: RecognitionContext, cueEnd: number): number {
  const end = nameComplementEnd(context, cueEnd);
  // "منظمة الأمم المتحدة للطفولة": then the "for" phrase of the name.
  return end > cueEnd ? purposeComplementEnd(context, context.inCue[cueEnd - 1]?.start ?? cueEnd - 1, end) : end;
}

/** Where the complement before any "for" phrase ends (see organizationComplementEnd). */
function nameComplementEnd(context: RecognitionContext, cueEnd: number): number {
  let end = cueEnd;
  let afterBareName = false;
  // "جامعة الدول العربية": a notable organisation that opens with the organisation word ends where its name does;
  // only nationality adjectives may follow ("… الهجوم" is the object of the verb).
  const cueStart = context.inCue[cueEnd - 1]?.start;
  const whole = context.language === 'ar' && cueStart !== undefined ? notableAt(context, cueStart) : null;
  if (whole?.notable.type === 'organization' && cueStart! + whole.n > cueEnd) {
    end = cueStart! + whole.n;
    afterBareName = true;
  }
  // Three complement words at most, or one more after a notable name (its nationality adjective).
  const limit = Math.max(cueEnd + ORGANIZATION_COMPLEMENT_WORDS, whole ? end + 1 : 0);
  while (end < limit) {
    const word = context.words[end];
    if (!word?.isWord || word.stop || context.resources.nonNames.has(word.folded) || /\p{N}/u.test(word.token.text)) break;
    if (context.language === 'ar') {
      // "جامعة الملك سعود", "مستشفى الملك فيصل": an institution named after a person, title and all.
      const namesake = end === cueEnd ? namesakeEnd(context, end) : end;
      if (namesake > end) return namesake;
      // "منظمة هيومن رايتس ووتش": the organisation word before a notable organisation's name is part of it, and
      // nationality adjectives may follow ("جمعية الهلال الأحمر السوداني").
      const notable = end === cueEnd ? notableAt(context, end) : null;
      if (notable?.notable.type === 'organization') {
        end += notable.n;
        afterBareName = true;
        continue;
      }
      // "الحرس الثوري الإيراني اللواء حسين سلامي": a title starts its holder's name, not the organisation's; a
      // qualifier is no part of it ("المركز الجديد", "the new centre").
      if (context.inCue[end]?.phrase.kind === 'personTitle' || isQualifier(context, end)) break;
      // "حزب العدالة والتنمية", "منظمة الأغذية والزراعة": a joined "and" before the article links two nouns of the
      // name, when no organisation word follows it ("والبنك الدولي" is another organisation).
      const linked = end > cueEnd && /^وال/u.test(word.folded) && hasArticle(context.words[end - 1]?.folded ?? '') && !context.inCue[end] && !isPlaceOrDemonym(context, end);
      const article = hasArticle(word.folded) || linked;
      // A second bare word ends the name, unless one of the two is a city ("نادي ريال مدريد", "صحيفة نيويورك تايمز")
      // or both spell letters out ("شبكة سي إن إن", "هيئة بي بي سي"). Not after a country: "مصرف لبنان رياض سلامة"
      // is the bank and its governor.
      const previous = context.words[end - 1]?.folded ?? '';
      const townOfName =
        afterBareName && !article && ((end === cueEnd + 1 && !countryNamed(previous) && (trustedPlace(word.folded) || trustedCity(previous))) || (isSpelledLetter(word.folded) && isSpelledLetter(previous)));
      const foreignName = foreignNameGoesOn(context, cueEnd, end);
      if (end > cueEnd && !article && !townOfName && !foreignName) break;
      // "قوات سوريا الديمقراطية", "مصرف سوريا المركزي": after a bare country name, a nisba that agrees with the
      // organisation word goes on; a noun after it ("قوات روسيا الأراضي") rarely does.
      const nisbaAfterCountry = article && countryNamed(previous) && agreesWith(context, cueEnd, word.folded);
      // "محكمة جنايات القاهرة": a place closes the name that a bare word began.
      if (afterBareName && !townOfName && !nisbaAfterCountry && trustedPlace(word.folded)) return end + 1;
      const demonym = word.forms.some((form) => demonymOf(form.folded));
      if (afterBareName && !townOfName && !nisbaAfterCountry && !demonym && !foreignName) break;
      // "وزارة الداخلية الكويتية القبض": a nationality adjective closes the name.
      if (demonym) return end + 1;
      afterBareName ||= !article;
    } else if (!canBeComplement(context, end)) break;
    end += 1;
  }
  return end;
}

/**
 * Whether an organisation word the pack writes with the article, a ministry named by its field alone ("الخارجية
 * الصينية" for "وزارة الخارجية الصينية"), stands after a definite noun, whose adjective it then is ("السياسة
 * الخارجية الأمريكية", "foreign policy"), or inside a longer organisation's name ("وزارة الخارجية").
 */
function adjectiveOfNoun(context: RecognitionContext, cueStart: number): boolean {
  if (!hasArticle(context.cueAt[cueStart]?.phrase.text ?? '')) return false;
  const previous = context.words[cueStart - 1];
  if (!previous?.isWord || previous.stop || context.inCue[cueStart - 1]?.phrase.kind === 'personTitle') return false;
  return context.inCue[cueStart - 1] !== null || previous.forms.some((form) => hasArticle(form.folded));
}

function organizationWithComplement(context: RecognitionContext, cueStart: number, cueEnd: number, phrase: string): Span | null {
  if (definiteWithoutName(context, cueStart, cueEnd) || adjectiveOfNoun(context, cueStart)) return null;
  const end = organizationComplementEnd(context, cueEnd);
  if (end === cueEnd) return null;
  const span = makeSpan(context, cueStart, end, 'organization', [`organization-word:${phrase}`], 2);
  // The article belongs to the name ("الجيش الإسرائيلي"); a joined "and" or preposition before it does not.
  span.charStart = articleStart(context, cueStart) ?? context.cueAt[cueStart]?.charStart ?? span.charStart;
  return span;
}

function placeAfterWord(context: RecognitionContext, from: number, phrase: string): Span | null {
  // "المنطقة" is "the region" just mentioned; "منطقة قره باغ" names one.
  const cue = context.inCue[from - 1];
  const cueWord = cue ? context.words[cue.start] : undefined;
  if (cue && cueWord && !phrase.startsWith('ال') && cue.charStart !== cueWord.token.start && cueWord.folded.slice(0, cueWord.folded.indexOf(cue.phrase.words[0] ?? '')).endsWith('ال')) return null;
  if (!placeNameWord(context, from)) return null;
  let end = from + 1;
  // A second word only when the name closes after it: "منطقة قره باغ،", "قضاء كارلي أوفا على"; not a verb or the
  // head of a construct that goes on ("ولاية القضارف تستقبل آلاف", "ميناء بورتسودان مطلع الأسبوع").
  while (end < from + PLACE_NAME_WORDS && continuesName(context, end) && !isParticle(context, end) && !continuesName(context, end + 1)) end += 1;
  // "معبر كرم أبو سالم": a particle joins one more name word and counts for none.
  // The word after the particle may itself name a place ("سالم" is also Salem).
  while (isParticle(context, end) && !isBoundary(context, end + 1) && !joinedAnd(context, end + 1) && !continuesName(context, end + 2)) end += 2;
  // The place word vouches for a town too small to trust alone: "ولاية كسلا" is Kassala.
  const hit = placeNamed(rangeKey(context, from, end));
  return makeSpan(context, from, end, 'place', [`place-word:${phrase}`], 2, hit ? placeFields(hit) : {});
}

/** A word that can stand in a place's name after a place word: a name word, not a compass word ("شرقي"). */
function placeNameWord(context: RecognitionContext, i: number): boolean {
  return canBeNameWord(context, i) && !context.resources.compassWords.has(context.words[i]!.folded);
}

/** Whether word `i` could go on with the name before it: a place-name word with no joined "and" ("وأروما" starts another). */
function continuesName(context: RecognitionContext, i: number): boolean {
  return placeNameWord(context, i) && !joinedAnd(context, i);
}

/**
 * Languages that write the name before the title: Persian and Urdu as a rule ("حسن روحانی رئیس‌جمهور
 * ایران"), Arabic in apposition ("وقال محمد جواد ظريف وزير الخارجية الإيراني").
 */
const NAME_BEFORE_TITLE = new Set(['fa', 'ur', 'ps', 'ar']);
/** Longest name taken before a title: the full three-part names of the Arab and Iranian press. */
const NAME_WORDS_BEFORE_TITLE = 3;

/**
 * Whether word `i` may stand right before a name written ahead of its title. In a verb-first language (Arabic):
 * the text's edge, punctuation, a verb of the pack's speech or event vocabulary ("وقال", "وأوضح", "واستقبل") or a
 * preposition it lists ("في", "لدى"); other function words are followed by a verb more often than by a name:
 * "كما حضر المباراة الرئيس" is "the president also attended the match". Elsewhere (Persian and Urdu open
 * clauses with the subject) any boundary.
 */
function opensName(context: RecognitionContext, i: number): boolean {
  if (!context.resources.verbFirst) return isBoundary(context, i);
  return opensClause(context, i) || anyFormIn(context, i, context.resources.placePrepositions);
}

/** Words within which a title set off by commas closes ("، وزير الخارجية الأردني،"). */
const APPOSITION_WORDS = 6;

/** Whether the title ending at `titleEnd` closes with a comma soon after, as an apposition does. */
function closedByComma(context: RecognitionContext, titleEnd: number): boolean {
  for (let i = titleEnd; i < titleEnd + APPOSITION_WORDS; i += 1) {
    const word = context.words[i];
    if (!word || isComma(context, i)) return word !== undefined;
    if (!word.isWord) return false;
  }
  return false;
}

/**
 * Whether the title at word `i` is written bare or with only the article: one with a joined preposition or "and"
 * starts a phrase of its own ("في قصر الاتحادية بالرئيس التركي" is "with the president"; "X والرئيس" is "X and
 * the president"), so the words before it are not its holder's name.
 */
function bareTitle(context: RecognitionContext, i: number): boolean {
  const cue = context.cueAt[i];
  const tokenStart = context.words[i]?.token.start;
  if (!cue || tokenStart === undefined) return false;
  const prefix = context.text.slice(tokenStart, cue.charStart);
  return prefix === '' || prefix === 'ال';
}

/**
 * Two or three name words right before a title, after a boundary; the longest that fits. A comma may stand
 * between them when another closes the title ("أيمن الصفدي، وزير الخارجية الأردني، دعم…"), not before a title
 * that opens a clause ("وفي ختام الاجتماع، وزير الخارجية أكد").
 */
function personBeforeTitle(context: RecognitionContext, titleStart: number, titleEnd: number, title: string): Span | null {
  if (!bareTitle(context, titleStart)) return null;
  const apposition = isComma(context, titleStart - 1);
  if (apposition && !closedByComma(context, titleEnd)) return null;
  const nameEnd = apposition ? titleStart - 1 : titleStart;
  for (let n = NAME_WORDS_BEFORE_TITLE; n >= NAME_WORDS_AFTER_TITLE; n -= 1) {
    const start = nameEnd - n;
    if (start < 0) continue;
    let names = true;
    // No word with a joined "and", the first included: a sentence opens with "و" and a verb ("وأحيا أنصار الزعيم").
    for (let i = start; i < nameEnd && names; i += 1) names = canBeNameWord(context, i) && !joinedAnd(context, i);
    if (names && opensName(context, start - 1)) return makeSpan(context, start, nameEnd, 'person', [`title:${title}`], 2);
  }
  return null;
}

export function caselessCueSpans(context: RecognitionContext): Span[] {
  const spans: Span[] = [];
  context.cueAt.forEach((cue) => {
    if (!cue) return;
    const text = cue.phrase.text;
    // "شكر أردوغان نظيره الأذربيجاني": before "his counterpart" stands the other side of the meeting, or a verb.
    if (cue.phrase.kind === 'personTitle' && NAME_BEFORE_TITLE.has(context.language ?? '') && !context.resources.isCounterpart(cue.phrase.words)) {
      const before = personBeforeTitle(context, cue.start, cue.end, text);
      if (before) spans.push(before);
    }
    const span =
      cue.phrase.kind === 'personTitle'
        ? personAfterTitle(context, cue.start, cue.end, text, context.resources.isCounterpart(cue.phrase.words))
        : cue.phrase.kind === 'organization'
          ? organizationWithComplement(context, cue.start, cue.end, text)
          : cue.phrase.kind === 'place'
            ? placeAfterWord(context, cue.end, text)
            : null;
    if (span) spans.push(span);
  });
  return spans;
}
