/**
 * Normalisers the packs' normalize.ts files are built from, so Arabic, Persian
 * and Urdu (or the Latin-script languages) share one implementation instead of
 * near-copies.
 */

const HARAKAT = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/gu;
const TATWEEL = /\u0640/gu;
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/gu;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Collapses ZWNJ runs and drops ZWNJ that touches a space or an edge of a word, where it means nothing. */
function tidyZwnj(text: string): string {
  return text.replace(/\u200c{2,}/gu, '\u200c').replace(/\u200c(?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])\u200c/gu, '');
}

export interface ArabicScriptOptions {
  /** The yeh and kaf the language writes: Arabic ي ك, Persian and Urdu ی ک. */
  readonly yeh: 'ي' | 'ی';
  readonly kaf: 'ك' | 'ک';
  /** Arabic search practice: أ إ آ ٱ written as ا, final ى as ي. */
  readonly unifyAlef: boolean;
  /** Whether ZWNJ is part of the orthography (Persian, Urdu) or noise (Arabic). */
  readonly keepZwnj: boolean;
}

/**
 * NFC, letter variants unified to the language's own (ي/ی, ك/ک), tatweel,
 * harakat and direction marks removed, Eastern digits as ASCII.
 * @example normalizeArabicScript('مُحَمَّـد', { yeh: 'ي', kaf: 'ك', unifyAlef: true, keepZwnj: false }) // 'محمد'
 */
export function normalizeArabicScript(text: string, options: ArabicScriptOptions): string {
  let out = text.normalize('NFC').replace(HARAKAT, '').replace(TATWEEL, '').replace(DIRECTION_MARKS, '');
  out = out.replace(EASTERN_DIGIT, asciiDigit);
  out = options.yeh === 'ی' ? out.replace(/[يى]/gu, 'ی') : out.replace(/ی/gu, 'ي');
  out = options.kaf === 'ک' ? out.replace(/ك/gu, 'ک') : out.replace(/ک/gu, 'ك');
  if (options.unifyAlef) out = out.replace(/[أإآٱ]/gu, 'ا').replace(/ى(?=\P{L}|$)/gu, 'ي');
  out = options.keepZwnj ? tidyZwnj(out) : out.replace(/\u200c/gu, '');
  return out.toLowerCase();
}

/**
 * NFC and locale-aware lower case (Turkish İ/ı stay distinct letters), with
 * typographic apostrophes written as "'".
 * @example normalizeCased('İSTANBUL', 'tr') // 'istanbul'
 */
export function normalizeCased(text: string, locale: string): string {
  return text.normalize('NFC').replace(DIRECTION_MARKS, '').replace(/[’ʼ‘]/gu, "'").toLocaleLowerCase(locale);
}
