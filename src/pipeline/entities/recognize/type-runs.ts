/**
 * Types a capitalised run from the strongest evidence it has, in this order:
 * notable names and agencies; a title before it (person); the gazetteer for
 * the whole run (place); an organisation, treaty or place word inside it; a
 * nationality adjective at its front (split off); connectors (split there);
 * places side by side (split); a place followed by unknown words ("Iran
 * Press": organisation); an acronym (organisation); place and organisation
 * words around it; then its length: 2–3 unknown words are a person, 4 or more
 * another name, one unknown word is left for the document to decide (corefer.ts).
 */
import type { CueKind, CueMatch } from './cue-matcher.js';
import type { RecognitionContext } from './context.js';
import { isNameWord, type Run } from './capitalised-runs.js';
import { makeSpan, notableNamed, placeFields, rangeKey, rangeText } from './make-span.js';
import { INFLECTING } from './resources.js';
import { demonymOf, placeIn, placeNamed, type PlaceHit } from './place-lookup.js';
import type { Span } from './span.js';
import { nameWords } from './name-words.js';
import { groupsAtConnectors } from './connector-groups.js';
import { opensWithSaint } from './saint-places.js';
import { nounBeforeName } from './noun-before-name.js';
import { givenNameAfterNouns, isRulerOfPlace, NOUNS_CAPITALISED, particleAfterName, peopleSideBySide, PERSON_MAX_WORDS } from './person-names.js';

const KIND_TYPE = { organization: 'organization', other: 'other', place: 'place' } as const;
/** Tuned on the seeds ("Vladimir Putin" is no organisation): cities this big name newspapers and teams ("Moscow Times"). */
const PLACE_THEN_NAME_POPULATION = 1_000_000;
/** Languages whose long names keep "de" inside whatever they name ("Posada San Marcos de Soria"); tuned on WikiANN fr dev. */
const LONG_PARTICLE_NAMES = new Set(['fr']);

function cueInside(context: RecognitionContext, start: number, end: number, kind: CueKind, startsBefore = end): CueMatch | null {
  for (let i = start; i < startsBefore; i += 1) {
    const cue = context.inCue[i];
    if (cue && cue.phrase.kind === kind && cue.start >= start && cue.end <= end && context.words[cue.start]?.capitalized) return cue;
  }
  return null;
}

/** The title written before tokens from `start` ("President Putin", "Dr. Rouhani", "Foreign Minister of Armenia, Zohrab Mnatsakanyan"). */
export function titleBefore(context: RecognitionContext, start: number): CueMatch | null {
  const { words, inCue } = context;
  let p = start - 1;
  // "Le président iranien Hassan Rohani", "El presidente iraní, Hasán Rohaní", "Dr. Rouhani"
  for (let steps = 0; steps < 4 && p >= 0; steps += 1) {
    const cue = inCue[p];
    if (cue?.phrase.kind === 'personTitle') return cue;
    const word = words[p]!;
    if (word.token.text === '.' || (word.token.text === ',' && steps === 0) || (word.isWord && !word.capitalized && demonymOf(word.folded))) {
      p -= 1;
      continue;
    }
    break;
  }
  if (words[start - 1]?.token.text !== ',') return null;
  // "<title> of <Place>, <Name>"
  let q = start - 2;
  let steps = 0;
  while (q >= 0 && isNameWord(context, q) && steps < 4) {
    q -= 1;
    steps += 1;
  }
  if (steps === 0 || !['of', 'for'].includes(words[q]?.folded ?? '')) return null;
  const title = inCue[q - 1];
  return title?.phrase.kind === 'personTitle' ? title : null;
}

function placeWordAround(context: RecognitionContext, start: number, end: number): CueMatch | null {
  // "region Karabakh", "city of Fizuli", "région de Moscou"
  const skip = context.words[start - 1]?.stop && !context.inCue[start - 1] ? 1 : 0;
  const before = context.inCue[start - 1 - skip];
  if (before?.phrase.kind === 'place' && before.end === start - skip) return before;
  const after = context.cueAt[end];
  if (after?.phrase.kind === 'place' && !context.words[end]?.capitalized) return after;
  return null;
}

function organizationWordAfter(context: RecognitionContext, end: number): CueMatch | null {
  const after = context.cueAt[end];
  // An abbreviation cue ("AS", "FC") counts only written in capitals: "Rudenko as saying" is no club.
  if (after && /^\p{Lu}{2,}$/u.test(after.phrase.text) && !context.words[end]?.allCaps) return null;
  return after?.phrase.kind === 'organization' && !context.words[end]?.capitalized ? after : null;
}

/** Types tokens [start, end) of a run with no connectors left inside. */
function typeRange(context: RecognitionContext, start: number, end: number): Span[] {
  const { words } = context;
  const key = rangeKey(context, start, end);
  const count = end - start;
  // "SHARE THIS ARTICLE", "JOIN NOW": a shouted line, not a name.
  if (count > 1 && words.slice(start, end).every((word) => !word.isWord || word.allCaps) && words.slice(start, end).some((word) => word.stop)) return [];
  const notable = notableNamed(key, rangeText(context, start, end));
  if (notable) return [makeSpan(context, start, end, notable.type, ['notable'], 3, { name: notable.name })];
  if (context.resources.agencies.has(key)) return [makeSpan(context, start, end, 'organization', ['agency'], 3)];
  const inner = context.resources.language === null && count > 2 ? innerCountry(context, start, end) : null;
  if (inner) {
    const { at, country } = inner;
    return [...(at > start ? typeRange(context, start, at) : []), makeSpan(context, at, at + 1, 'place', ['gazetteer:country', 'inside-run'], 2, placeFields(country)), ...(at + 1 < end ? typeRange(context, at + 1, end) : [])];
  }
  const inflecting = INFLECTING.has(context.language ?? '');
  const title = titleBefore(context, start);
  if (title && count > 1) {
    // «президент России Владимир Путин»: the title's country, then the name.
    const country = placeIn(words[start]?.folded ?? '', context.language, inflecting);
    if (country?.place.kind === 'country') {
      const person = makeSpan(context, start + 1, end, 'person', [`title:${title.phrase.text}`], 2);
      return [makeSpan(context, start, start + 1, 'place', [`gazetteer:${country.place.kind}`], 2, placeFields(country)), person];
    }
  }
  // «президент Объединённых Арабских Эмиратов»: a title's whole run can be its country, declined.
  const titledCountry = title && count > 1 ? placeIn(key, context.language, inflecting) : null;
  if (titledCountry?.place.kind === 'country') return [makeSpan(context, start, end, 'place', ['gazetteer:country'], 2, placeFields(titledCountry))];
  // «Представитель Соединённых Штатов»: a sentence's capitalised first word before a several-word place is not part of it.
  if (count > 2 && words[start]?.token.sentenceStart && !placeIn(words[start]?.folded ?? '', context.language, inflecting)) {
    const rest = placeIn(rangeKey(context, start + 1, end), context.language, inflecting);
    if (rest?.strong) return typeRange(context, start + 1, end);
  }
  if (title && count <= PERSON_MAX_WORDS + 1) return [makeSpan(context, start, end, 'person', [`title:${title.phrase.text}`], 2)];
  if (count >= 2 && NOUNS_CAPITALISED.has(context.language ?? '') && (abstractNounFirst(context, start) || nounBeforeName(context, start, end))) return typeRange(context, start + 1, end);
  const place = placeIn(key, context.language, inflecting);
  if (place && (place.strong || count > 1)) return [makeSpan(context, start, end, 'place', [`gazetteer:${place.place.kind}`], 2, placeFields(place))];
  // "Stadt", "Gemeinden", "Regierung": a cue word standing alone (not the end of a compound) names nothing.
  const own = count === 1 ? context.inCue[start] : null;
  if (own && own.start === start && own.end === end && own.phrase.words.length === 1 && (words[start]?.folded.length ?? 0) <= (own.phrase.words[0]?.length ?? 0) + 3 && (own.phrase.kind === 'place' || (NOUNS_CAPITALISED.has(context.language ?? '') && !namesOneBody(context, words[start]?.folded ?? '')))) return [];
  for (const kind of ['organization', 'other', 'place'] as const) {
    const cue = cueInside(context, start, end, kind);
    if (!cue) continue;
    // "Azerbaijan Republic", "Republic of Azerbaijan": a place word around a gazetteer place is that place.
    const named = kind === 'place' ? placeNamed(cue.start > start ? rangeKey(context, start, cue.start) : rangeKey(context, cue.end, end)) : null;
    if (named?.strong) return [makeSpan(context, start, end, 'place', [`gazetteer:${named.place.kind}`, `place-word:${cue.phrase.text}`], 2, placeFields(named))];
    return [makeSpan(context, start, end, KIND_TYPE[kind], [`${kind}-word:${cue.phrase.text}`], 2)];
  }
  const first = words[start];
  const demonym = first && !first.allCaps ? demonymOf(first.folded) : null;
  if (demonym && count > 1) {
    const rest = typeRange(context, start + 1, end);
    // "German Film Archive", "Polish Film Academy": a body named by its nation keeps the adjective.
    const body = rest.length === 1 && rest[0]!.type === 'organization' && rest[0]!.end === end ? rest[0]! : null;
    if (body) return [makeSpan(context, start, end, 'organization', ['demonym-then-body', ...body.evidence], body.strength)];
    return [makeSpan(context, start, start + 1, 'place', ['demonym'], 2, { demonym: true, country: demonym.country }), ...rest];
  }
  if (count > 1) {
    const split = splitAtPlaces(context, start, end);
    if (split) return split;
  }
  if (count === 1 && first && /[-‐]/u.test(first.token.text)) {
    const parts = hyphenParts(context, start);
    if (parts) return parts;
  }
  // "am Ende", "der Lage": where every noun is capitalised, a small town's name after an article is the noun it also is.
  const afterArticle = context.words[start - 1]?.isWord === true && context.resources.determiners.has(context.words[start - 1]!.folded);
  if (place && !(count === 1 && afterArticle && NOUNS_CAPITALISED.has(context.language ?? ''))) return [makeSpan(context, start, end, 'place', [`gazetteer:${place.place.kind}`], 1, placeFields(place))];
  if (demonym) return [makeSpan(context, start, end, 'place', ['demonym'], 2, { demonym: true, country: demonym.country })];
  const around = placeWordAround(context, start, end);
  if (around) return [makeSpan(context, start, end, 'place', [`place-word:${around.phrase.text}`], 2)];
  const orgAfter = organizationWordAfter(context, end);
  if (orgAfter) return [makeSpan(context, start, end, 'organization', [`organization-word:${orgAfter.phrase.text}`], 2)];
  if (count === 1 && first?.allCaps) return [makeSpan(context, start, end, 'organization', ['acronym'], 1)];
  const named = NOUNS_CAPITALISED.has(context.language ?? '') && count >= 3 ? givenNameAfterNouns(context, start, end) : null;
  if (named !== null) return typeRange(context, named, end);
  // "San Giovanni Gemini", "São Bento": unknown words after the word for "saint" name a town, not a person.
  if (count >= 2 && count <= PERSON_MAX_WORDS && opensWithSaint(context, start)) return [makeSpan(context, start, end, 'place', ['saint-name'], 1)];
  if (count >= 2 && count <= PERSON_MAX_WORDS && !afterArticle) {
    const shape = nameShape(context, start, end);
    // No given name and dictionary words inside ("Simply Red", "Fight Night", "Bombardment Squadron"): a band, team or body more often than a person,
    // unless a regnal number ends the name ("Béla II", "Roger II").
    const type = /^--[eE]$/u.test(shape) && noGivenNameFirst(context, start) && !REGNAL_NUMBER.test(words[end - 1]?.token.text ?? '') ? 'organization' : 'person';
    return [makeSpan(context, start, end, type, ['capitalised', `shape:${shape}`], 1)];
  }
  if (count >= 2 && afterArticle) return [makeSpan(context, start, end, 'other', ['capitalised', 'after-article'], 1)];
  // "Henri II de Rodez", "Nicéphore III Botaniatès": a regnal number after the first word names a ruler.
  if (count > 2 && REGNAL_NUMBER.test(words[start + 1]?.token.text ?? '')) return [makeSpan(context, start, end, 'person', ['capitalised', 'regnal-number'], 1)];
  if (count > PERSON_MAX_WORDS) {
    const people = peopleSideBySide(context, start, end);
    if (people) return people.map((part) => makeSpan(context, part.start, part.end, 'person', ['capitalised', 'names-side-by-side'], 1));
    // "José Antonio Crespo Ruiz": a long run that opens with a given name and holds no dictionary word is a person.
    const shape = nameShape(context, start, end);
    if (/^G.-$/u.test(shape)) return [makeSpan(context, start, end, 'person', ['capitalised', `shape:${shape}`], 1)];
    return [makeSpan(context, start, end, 'other', ['capitalised', `shape:${shape}`], 1)];
  }
  return [makeSpan(context, start, end, 'other', ['capitalised', `shape:${nameShape(context, start, end)}${listed(context, start, end)}`], 0)];
}

/** Endings only German common nouns take ("Regierung", "Gemeinschaft", "Verwaltung", "Tradition"). */
const NOUN_SUFFIX = /(?:ung|ungen|heit|keit|schaft|schaften|tum|nis|ion|ionen|tät|ismus|ling|ment)$/u;

/** "Verwaltung Lindau", "Gemeinschaft Sant'Egidio": a first word with a common-noun ending is no part of the name after it. */
function abstractNounFirst(context: RecognitionContext, start: number): boolean {
  const word = context.words[start];
  return word !== undefined && !word.allCaps && !context.inCue[start] && /^\p{Lu}\p{Ll}+$/u.test(word.token.text) && NOUN_SUFFIX.test(word.folded);
}

/**
 * Whether a short run without a sure given name may read as a noun phrase ("Simply Red", "Fight Night"): not
 * when it opens with a word that is also a given name ("Peter Sellers", "Sam Freed"), which on WikiANN en dev
 * made such runs people two times in three.
 */
function noGivenNameFirst(context: RecognitionContext, start: number): boolean {
  return !nameWords().ambiguousGivenNames.has(context.words[start]?.folded ?? '');
}

/**
 * In a language without a pack no title is known, so "Presiden Iran Hassan Rouhani" is one capitalised run:
 * a country before a given name or at the end of the run splits it. Returns where it is and the country, or null.
 */
function innerCountry(context: RecognitionContext, start: number, end: number): { at: number; country: PlaceHit } | null {
  for (let at = start; at < end; at += 1) {
    const country = placeNamed(context.words[at]?.folded ?? '');
    if (country?.place.kind !== 'country') continue;
    // Before a given name ("Presiden Iran Hassan Rouhani") or closing the run after a title ("Menteri Luar Negeri
    // Iran"); elsewhere it names an organisation ("Penerbangan Iran Air").
    if (nameWords().givenNames.has(context.words[at + 1]?.folded ?? '') || (at === end - 1 && at > start)) return { at, country };
  }
  return null;
}

/** Whether a one-word run stands as an item in a list: a separator on both sides, or at an end of the text. */
function listed(context: RecognitionContext, start: number, end: number): string {
  const sep = (i: number): boolean => i < 0 || i >= context.words.length || /^[,;|–\-/]$/u.test(context.words[i]!.token.text);
  return sep(start - 1) && sep(end) ? 'L' : sep(start - 1) || sep(end) ? 'l' : '-';
}

/** A listed compound of another organisation word names one body ("Außenministerium" ends in "Ministerium"). */
function namesOneBody(context: RecognitionContext, folded: string): boolean {
  const heads = context.resources.cues.compoundHeads;
  if (!heads) return false;
  for (let cut = 3; cut <= folded.length - 4; cut += 1) if (heads.has(folded.slice(cut))) return true;
  return false;
}

const INITIAL_WORD = /^\p{Lu}\.?$/u;
/** A regnal number after a name, II to XX ("I" is left out: it is also the pronoun). */
const REGNAL_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)\.?$/u;

/** What the words of an unknown run look like: a given name first, all dictionary words, or neither. */
export function nameShape(context: RecognitionContext, start: number, end: number): string {
  const lists = nameWords();
  const words = context.words.slice(start, end).filter((word) => word.isWord);
  const first = words[0];
  if (!first) return 'none';
  const second = words[1];
  const given = lists.givenNames.has(first.folded) || INITIAL_WORD.test(first.token.text) || (lists.ambiguousGivenNames.has(first.folded) && second !== undefined && !lists.englishWords.has(second.folded));
  // "Lars van der Haar": a lower-case name particle ("van", "de") is no dictionary word of the name.
  const particle = (word: (typeof words)[number]): boolean => !word.capitalized && context.resources.particles.has(word.folded);
  const named = words.filter((word) => !particle(word));
  const english = named.filter((word) => lists.englishWords.has(word.folded)).length;
  const surname = lists.surnames.has(words[words.length - 1]!.folded);
  return `${given ? 'G' : '-'}${surname ? 'S' : '-'}${english === named.length ? 'E' : english > 0 ? 'e' : '-'}`;
}

/**
 * "Armenia Azerbaijan" → two places; "Iran Press", "Pittsburgh Steelers" → an
 * organisation named after a place. Null when the run does not start with a place.
 */
function splitAtPlaces(context: RecognitionContext, start: number, end: number): Span[] | null {
  const hits = [];
  const inflecting = INFLECTING.has(context.language ?? '');
  for (let i = start; i < end; i += 1) hits.push(placeIn(context.words[i]?.folded ?? '', context.language, inflecting));
  if (hits.every((hit) => hit?.strong)) {
    return hits.map((hit, k) => makeSpan(context, start + k, start + k + 1, 'place', [`gazetteer:${hit!.place.kind}`], 2, placeFields(hit!)));
  }
  // The longest place the run starts with ("Los Angeles" in "Los Angeles Rams").
  for (let k = end - 1; k > start; k -= 1) {
    const hit = k - start === 1 ? hits[0] : placeNamed(rangeKey(context, start, k));
    if (!hit?.strong) continue;
    // Towns share names with given names ("Vladimir", "Hassan"): only a country or a big city names an organisation.
    // "Azerbaijan Republic", "Kassala State": a place followed only by a place word is that place.
    const rest = context.inCue[k];
    if (rest?.phrase.kind === 'place' && rest.start === k && rest.end >= end) return [makeSpan(context, start, end, 'place', [`gazetteer:${hit.place.kind}`, `place-word:${rest.phrase.text}`], 2, placeFields(hit))];
    // "Maurice Halbwachs", "Victoria Azarenka": a country or city that is also a given name, then one unknown word, is a person.
    if (givenNameThenSurname(context, start, end, k)) return null;
    const big = hit.place.kind === 'country' || (hit.place.population ?? 0) >= PLACE_THEN_NAME_POPULATION || k - start > 1;
    return big || teamName(context, start, k, end) ? [makeSpan(context, start, end, 'organization', ['place-then-name'], 1)] : null;
  }
  return null;
}

/** Whether a two-word run is a given name ("maurice": also Mauritius in French) then a word no dictionary lists. */
function givenNameThenSurname(context: RecognitionContext, start: number, end: number, placeEnd: number): boolean {
  // Where every noun is capitalised the second word is as often a noun of the name ("Victoria Straße").
  if (end - start !== 2 || placeEnd !== start + 1 || NOUNS_CAPITALISED.has(context.language ?? '')) return false;
  const { givenNames, englishWords } = nameWords();
  return givenNames.has(context.words[start]?.folded ?? '') && !englishWords.has(context.words[start + 1]?.folded ?? '');
}

/** A capitalised plural: a team's nickname ("Steelers", "Hawks", "Timberwolves"). */
const PLURAL_NICKNAME = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "Pittsburgh Steelers", "Minnesota Vikings": a place that is no given name and one plural word after it
 * names a team ("Charlotte Edwards", "Milton Jones" are people: their place is a given name too).
 */
function teamName(context: RecognitionContext, start: number, placeEnd: number, end: number): boolean {
  if (end - placeEnd !== 1 || !PLURAL_NICKNAME.test(context.words[placeEnd]?.token.text ?? '')) return false;
  const { givenNames, ambiguousGivenNames, surnames } = nameWords();
  const first = context.words[start]?.folded ?? '';
  const nickname = context.words[placeEnd]?.folded ?? '';
  return !givenNames.has(first) && !ambiguousGivenNames.has(first) && !surnames.has(nickname);
}

/** "Tehran-Baku" → two places; "Russia-brokered" → Russia. Null when the parts are not places. */
function hyphenParts(context: RecognitionContext, index: number): Span[] | null {
  const word = context.words[index];
  const form = word?.forms[0];
  if (!word || !form) return null;
  const text = context.text.slice(form.start, form.end);
  const spans: Span[] = [];
  let offset = form.start;
  for (const part of text.split(/[-‐]/u)) {
    const hit = /^\p{Lu}/u.test(part) ? placeNamed(part.toLowerCase()) : null;
    if (hit?.strong) {
      spans.push({ start: index, end: index + 1, charStart: offset, charEnd: offset + part.length, type: 'place', evidence: [`gazetteer:${hit.place.kind}`], strength: 2, ...placeFields(hit) });
    } else if (/^\p{Lu}/u.test(part)) return null;
    offset += part.length + 1;
  }
  return spans.length > 0 ? spans : null;
}

/** Connector positions that split a run: all of them unless an organisation/treaty/place word or a name particle holds the run together. */
export function typeRun(context: RecognitionContext, run: Run): Span[] {
  if (run.joints.length === 0) return typeRange(context, run.start, run.end);
  const whole = (['organization', 'other'] as const).some((kind) => cueInside(context, run.start, run.end, kind, run.joints[0]));
  // A place word ("Republic of") names one place: the run ends at the first connector after it, not at "and Armenia over the …".
  const placeCue = whole ? null : cueInside(context, run.start, run.end, 'place', run.joints[0]);
  if (placeCue) {
    // "District de Longhua", "Province of Settsu": a place word right before a connector takes the name after it.
    const ofName = placeCue.start === run.start && run.joints[0] === placeCue.end;
    const cut = run.joints.find((j) => (ofName ? j > placeCue.end : j >= placeCue.end)) ?? run.end;
    // The rest starts at its first name word: "… Republic of China and the Presbyterian College" leaves "and the" out.
    let restStart = cut + 1;
    while (run.joints.includes(restStart)) restStart += 1;
    const rest: Run = { ...run, start: restStart, joints: run.joints.filter((j) => j > restStart) };
    return [...typeRange(context, run.start, cut), ...(rest.start < rest.end ? typeRun(context, rest) : [])];
  }
  const particlesOnly = run.joints.every((j) => context.resources.particles.has(context.words[j]?.folded ?? ''));
  const notable = notableNamed(rangeKey(context, run.start, run.end), rangeText(context, run.start, run.end));
  // "Außenministerium in Teheran": an organisation word, a place preposition, a place.
  const joint = run.joints[0]!;
  const cueBefore = context.inCue[joint - 1];
  if (run.joints.length === 1 && cueBefore?.phrase.kind === 'organization' && context.resources.placePrepositions.has(context.words[joint]?.folded ?? '') && placeNamed(rangeKey(context, joint + 1, run.end))?.strong) {
    return [...typeRange(context, run.start, joint), ...typeRange(context, joint + 1, run.end)];
  }
  if (notable || (particlesOnly && (run.end - run.start - run.joints.length <= PERSON_MAX_WORDS || LONG_PARTICLE_NAMES.has(context.language ?? '')) && particleAfterName(context, run))) return typeRange(context, run.start, run.end);
  if (isRulerOfPlace(context, run)) return [makeSpan(context, run.start, run.end, 'person', ['given-name-of-place'], 2)];
  // Packs without a tuned connector list keep the coarse rule: a head noun before the first connector holds the whole run.
  if (whole && context.resources.nameConnectors.size === 0) return typeRange(context, run.start, run.end);
  return groupsAtConnectors(context, run).flatMap((group) => typeRange(context, group.start, group.end));
}
