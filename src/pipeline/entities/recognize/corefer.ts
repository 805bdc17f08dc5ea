/**
 * The document's own repetition: an acronym defined in the text takes its long
 * form's type ("Organization for Security and Cooperation in Europe (OSCE)");
 * a surname takes the full name seen elsewhere ("Rouhani" → "Hassan Rouhani");
 * the last part of a place takes the place ("Karabakh" → "Nagorno-Karabakh",
 * and "Karabkh", one typo away); a name typed with evidence once is typed so
 * everywhere; an unknown word followed by an attribution verb is a person; an
 * unknown word that only ever starts a sentence is dropped.
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import type { RecognitionContext } from './context.js';
import { nameKeyOf } from './name-key-of.js';
import type { Span } from './span.js';

/** A one-letter typo is forgiven only in names at least this long ("Karabkh"/"Karabakh"). */
const TYPO_MIN_LENGTH = 6;

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordCount(context: RecognitionContext, span: Span): number {
  let count = 0;
  for (let i = span.start; i < span.end; i += 1) if (context.words[i]?.isWord) count += 1;
  return count;
}

function spanKey(context: RecognitionContext, span: Span): string {
  return nameKeyOf(context.text.slice(span.charStart, span.charEnd));
}

function initials(context: RecognitionContext, span: Span, withStopwords: boolean): string {
  let out = '';
  for (let i = span.start; i < span.end; i += 1) {
    const word = context.words[i];
    if (word?.isWord && (withStopwords || !word.stop)) out += word.folded[0] ?? '';
  }
  return out;
}

/** "<long form> (<ACRONYM>)": the acronym takes the long form's type and name. */
function linkAcronyms(context: RecognitionContext, spans: Span[]): void {
  for (let k = 0; k < spans.length - 1; k += 1) {
    const long = spans[k]!;
    const short = spans[k + 1]!;
    const open = context.words[long.end];
    if (open?.token.text !== '(' || short.start !== long.end + 1 || context.words[short.end]?.token.text !== ')') continue;
    if (short.end - short.start !== 1 || !context.words[short.start]?.allCaps || long.end - long.start < 2) continue;
    const acronym = spanKey(context, short).replace(/\s/gu, '');
    if (acronym !== initials(context, long, true) && acronym !== initials(context, long, false)) continue;
    const name = context.text.slice(long.charStart, long.charEnd);
    const type = short.strength > long.strength ? short.type : long.type;
    for (const span of [long, short]) Object.assign(span, { type, name, strength: Math.max(long.strength, short.strength, 2) });
    short.evidence.push('acronym-of-long-form');
  }
}

interface Known {
  span: Span;
  name: string;
}

/** Surnames (last word of a multi-word person) and last parts of places, with the full name. */
function partsOfNames(context: RecognitionContext, spans: readonly Span[]): { surnames: Map<string, Known>; placeParts: Map<string, Known> } {
  const surnames = new Map<string, Known>();
  const placeParts = new Map<string, Known>();
  for (const span of spans) {
    if (span.strength < 1 || span.demonym) continue;
    const name = span.name ?? context.text.slice(span.charStart, span.charEnd);
    const words = spanKey(context, span).split(' ');
    const last = words[words.length - 1];
    if (!last || words.length < 2) continue;
    const target = span.type === 'person' ? surnames : span.type === 'place' ? placeParts : null;
    const existing = target?.get(last);
    if (target && (!existing || name.length > existing.name.length)) target.set(last, { span, name });
  }
  return { surnames, placeParts };
}

/** Beyond this many names a document is a list, and typos are not looked for (bounded time). */
const TYPO_SEARCH_LIMIT = 200;

function findKnown(map: ReadonlyMap<string, Known>, key: string): Known | undefined {
  const exact = map.get(key);
  if (exact || key.length < TYPO_MIN_LENGTH || map.size > TYPO_SEARCH_LIMIT) return exact;
  for (const [other, known] of map) if (other.length >= TYPO_MIN_LENGTH && withinOneEdit(other, key)) return known;
  return undefined;
}

function adopt(span: Span, from: Span, name: string, evidence: string): void {
  span.type = from.type;
  span.name = name;
  span.strength = Math.max(span.strength, 1.5);
  if (from.placeId) span.placeId = from.placeId;
  if (from.country) span.country = from.country;
  span.evidence.push(evidence);
}

/**
 * "the OSCE, aka Minsk Group", "the Iran nuclear deal, known as the JCPOA": two names joined by an alias
 * marker are one entity. A name from the known lists keeps its own canonical name; otherwise the second takes the first's.
 */
function linkAliases(context: RecognitionContext, spans: Span[]): void {
  if (context.resources.aliasMarkers.size === 0) return;
  for (let k = 0; k < spans.length - 1; k += 1) {
    const first = spans[k]!;
    const second = spans[k + 1]!;
    if (first.demonym || second.demonym) continue;
    const words = foldForMatch(context.text.slice(first.charEnd, second.charStart)).replace(/[^\p{L}\p{N}\s.]+/gu, ' ').trim().split(/\s+/u).filter(Boolean);
    while (words.length > 0 && context.resources.determiners.has(words.at(-1) ?? '')) words.pop();
    const gap = words.join(' ');
    if (!gap || !context.resources.aliasMarkers.has(gap)) continue;
    const [keep, take] = second.strength > first.strength ? [second, first] : [first, second];
    const name = keep.name ?? context.text.slice(keep.charStart, keep.charEnd);
    Object.assign(take, { type: keep.type, name, placeId: keep.placeId, country: keep.country, strength: Math.max(take.strength, keep.strength) });
    take.evidence.push(`alias-of:${gap}`);
  }
}

/**
 * `keepUntypedOpeners`: keep untyped one-word names that open a sentence (dropped by default: in running text
 * they are mostly ordinary words); the token-level entry keeps them for its list and line conventions.
 */
export function corefer(context: RecognitionContext, spans: Span[], keepUntypedOpeners = false): Span[] {
  linkAcronyms(context, spans);
  linkAliases(context, spans);
  for (const span of spans) {
    if (span.strength !== 0 || span.end - span.start !== 1) continue;
    const next = context.words[span.end];
    if (next?.isWord && context.resources.attribution.has(next.folded)) {
      span.type = 'person';
      span.strength = 1;
      span.evidence.push(`attribution:${next.token.text}`);
    }
  }
  placesBeforeRegions(context, spans);
  const { surnames, placeParts } = partsOfNames(context, spans);
  for (const span of spans) {
    if (span.demonym || wordCount(context, span) !== 1) continue;
    const key = spanKey(context, span);
    const person = findKnown(surnames, key);
    if (person && span.strength < 2 && span.type !== 'person') adopt(span, person.span, person.name, 'surname');
    else if (person && span.type === 'person') span.name = person.name;
    else if (span.strength < 1.5) {
      const place = findKnown(placeParts, key);
      if (place) adopt(span, place.span, place.name, 'part-of-place');
    }
  }
  for (const span of spans) {
    if (span.strength !== 0) continue;
    const before = context.words[span.start - 1];
    if (before?.isWord && context.resources.placePrepositions.has(before.folded)) {
      span.type = 'place';
      span.strength = 1;
      span.evidence.push(`after:${before.token.text}`);
    }
  }
  typeLists(context, spans);
  voteByKey(context, spans);
  return keepUntypedOpeners ? spans : spans.filter((span) => span.strength > 0 || !context.words[span.start]?.token.sentenceStart);
}

/** Whether span b is a country or first-level region (a place id with no digits: "AZ", "US-MN"). */
function isCountryOrRegion(span: Span): boolean {
  return span.type === 'place' && !span.demonym && span.placeId !== undefined && !/^\d+$/u.test(span.placeId);
}

/** "Wanda, Minnesota", "Khankendi, Azerbaijan": a weakly typed name written before ", <region or country>" is a place in it. */
function placesBeforeRegions(context: RecognitionContext, spans: Span[]): void {
  for (let k = 0; k < spans.length - 1; k += 1) {
    const span = spans[k]!;
    const next = spans[k + 1]!;
    if (span.strength > 1 || span.type === 'place' || next.start !== span.end + 1 || context.words[span.end]?.token.text !== ',') continue;
    if (!isCountryOrRegion(next)) continue;
    span.type = 'place';
    span.strength = 1.5;
    span.evidence.push('before-region');
  }
}

/** Words that join the items of a list in the packs' languages ("Zangilan and Gubadli"). */
const LIST_JOINERS = new Set([',', ';', '|', 'and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'i', 'и', 'или', 've', 'veya', 'en', 'oraz', 'و', 'یا']);

/** Names listed together are of one kind: weakly typed items of a list take the type its evidenced items share. */
function typeLists(context: RecognitionContext, spans: Span[]): void {
  let k = 0;
  while (k < spans.length) {
    let end = k + 1;
    while (end < spans.length) {
      const previous = spans[end - 1]!;
      const between = context.words[previous.end];
      if (spans[end]!.start !== previous.end + 1 || !between || !LIST_JOINERS.has(between.folded || between.token.text)) break;
      end += 1;
    }
    const items = spans.slice(k, end).filter((span) => !span.demonym);
    const strong = items.filter((span) => span.strength >= 1.5);
    const type = strong[0]?.type;
    if (items.length >= 2 && type && type !== 'other' && strong.every((span) => span.type === type)) {
      for (const span of items) {
        if (span.strength > 1 || span.type === type) continue;
        span.type = type;
        span.strength = 1.5;
        span.evidence.push('listed-with');
      }
    }
    k = end;
  }
}

/** The strongest typing of a name in the document applies to its weaker copies. */
function voteByKey(context: RecognitionContext, spans: Span[]): void {
  const best = new Map<string, Span>();
  for (const span of spans) {
    if (span.demonym) continue;
    const key = spanKey(context, span);
    const current = best.get(key);
    if (!current || span.strength > current.strength) best.set(key, span);
  }
  for (const span of spans) {
    if (span.demonym) continue;
    const winner = best.get(spanKey(context, span));
    if (winner && winner !== span && winner.strength > span.strength && span.strength <= 1) {
      adopt(span, winner, winner.name ?? context.text.slice(winner.charStart, winner.charEnd), 'repeats');
    } else if (winner && winner !== span && winner.type === span.type && !span.name && winner.name) span.name = winner.name;
  }
}
