import type { Dateline } from '../../../core/article.js';
import { recaseCapitals } from './recase-capitals.js';

export interface ParsedDateline extends Dateline {
  /** The date written in the dateline ("Oct 10"), if any. */
  dateText: string | null;
}

/** A place: one to three capitalised words ("Moscow", "New Delhi", "TEHRAN"), or one or two words of a caseless script. */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2}|[\p{Script=Arabic}\p{Script=Hebrew}][\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+(?:\s+[\p{Script=Arabic}\p{Script=Hebrew}][\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+)?)`;
/** A place in capitals only ("PORT SUDAN", "АСТАНА", "BİNGÖL"): without an agency, only capitals mark a dateline. */
const CAPS_PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2})`;
/** ", Turkey" after the place in wire copy ("BINGOL, Turkey, March 13"). */
const COUNTRY = String.raw`(?:,\s*\p{Lu}[\p{L}\p{M}]+)?`;
/** An Arabic-script word of two letters or more; harakat and shadda (Script=Inherited) may follow any letter ("عمّان"). */
const ARABIC_WORD = String.raw`\p{Script=Arabic}[\p{Script=Arabic}\p{M}]+`;
const DASH = String.raw`\s*(?:--|—|–|-|:)\s*`;
const AGENCY = String.raw`([\p{L}\p{N}][\p{L}\p{N} .&'’]{0,28}?)`;
/** "Oct 10", "March 13", "16 апреля", "16 de abril", "13 Mart 2024": a short phrase with a day number. */
const DATE = String.raw`((?:[\p{L}.]{2,12}\.?\s)?\p{N}{1,2}(?:\.?\s(?:de\s)?[\p{L}]{3,12}\.?)?(?:,?\s\p{N}{4})?)`;

/** Dateline forms of wire copy, most specific first. Each must leave prose after it. */
const FORMS: { pattern: RegExp; place: number; agency?: number; date?: number }[] = [
  // "Moscow, Oct 10, IRNA -- ", "STEPANAKERT, NOVEMBER 8, ARTSAKHPRESS: "
  { pattern: new RegExp(String.raw`^${PLACE}${COUNTRY},\s*${DATE},\s*${AGENCY}${DASH}(?=\S)`, 'u'), place: 1, date: 2, agency: 3 },
  // "ANKARA, March 13 (Anadolu) — ", "BINGOL, Turkey, March 13 (MNA) — ", "МОСКВА, 10 октября. /ТАСС/. "
  { pattern: new RegExp(String.raw`^${PLACE}${COUNTRY},\s*${DATE}\.?\s*(?:\(([^()]{2,30})\)|/([^/]{2,30})/)\.?(?:${DASH}|\s+)(?=\S)`, 'u'), place: 1, date: 2, agency: 3 },
  // "Tehran (IP) - ", "PARIS (AFP) — ", "TRABZON (Kuzey Haber) – ", "موسكو (رويترز) - "
  { pattern: new RegExp(String.raw`^${PLACE}${COUNTRY}\s*\(([^()]{2,30})\)${DASH}(?=\S)`, 'u'), place: 1, agency: 2 },
  // "PORT SUDAN, June 6 — ", "АСТАНА, 16 апреля. ", "ASTANÁ, 16 de abril. "
  { pattern: new RegExp(String.raw`^${CAPS_PLACE}${COUNTRY},\s*${DATE}(?:\.\s+|${DASH})(?=\S)`, 'u'), place: 1, date: 2 },
  // "طهران - ارنا - ": place and agency between dashes (Arabic and Persian wire style)
  { pattern: new RegExp(String.raw`^(${ARABIC_WORD}(?:\s${ARABIC_WORD})?)\s*[-–/]\s*((?:${ARABIC_WORD}|\p{Lu}{2,})(?:\s${ARABIC_WORD})?)\s*[-–/]\s*(?=\S)`, 'u'), place: 1, agency: 2 },
  // "باكو - ", "تهران ـ ": one Arabic-script word and a dash open the first paragraph
  { pattern: new RegExp(String.raw`^(${ARABIC_WORD})\s*[-–—ـ]\s+(?=\S)`, 'u'), place: 1 },
  // "Istanbul. Bei einem Erdbeben …" (German and Russian regional style); four letters at least, so "Mr. Smith" is not a place
  { pattern: new RegExp(String.raw`^(\p{Lu}[\p{Ll}\p{M}]{3,}(?:[\s-]\p{Lu}[\p{Ll}\p{M}]+)?)\.\s+(?=\p{Lu})`, 'u'), place: 1 },
  // "TEHRAN – ", "WASHINGTON: " (capitals only, so an ordinary "Iran - a country" sentence is not a dateline)
  { pattern: new RegExp(String.raw`^${CAPS_PLACE}${DASH}(?=\S)`, 'u'), place: 1 },
];

/** Reads a dateline at the start of a paragraph, or null when there is none. `locale` (the document's language) sets how a place in capitals is re-cased. */
export function parseDateline(text: string, locale?: string): ParsedDateline | null {
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const matched = match[form.place];
    if (!matched) continue;
    // Every form's place opens the match; "QUITO.- " is the Spanish-language separator ".-", whose full stop is not part of the place.
    const place = text.slice(matched.length).startsWith('-') ? matched.replace(/\.$/u, '') : matched;
    const agency = form.agency ? (match[form.agency] ?? match[form.agency + 1] ?? null) : null;
    return {
      place: recaseCapitals(place.trim(), locale),
      agency: agency?.trim() || null,
      dateText: form.date ? (match[form.date]?.trim() ?? null) : null,
      raw: match[0].trim(),
    };
  }
  return null;
}

export function hasDateline(text: string): boolean {
  return parseDateline(text) !== null;
}
