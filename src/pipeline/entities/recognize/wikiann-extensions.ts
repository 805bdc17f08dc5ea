/**
 * Tokens WikiANN counts inside a name that the recogniser leaves outside,
 * because they are not capitalised words: the number of a road or unit
 * ("Ohio Route 7", "No. 12 Squadron"), the dot of an abbreviation cut
 * off by the tokeniser ("U.S ."), and the words of a list title around the
 * place it lists ("Liste des communes du Cantal", "Communes of the Somme
 * department"). Token-level entry only (see wikiann-conventions.ts).
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import type { Token } from '../tokenize.js';
import { resourcesFor } from './resources.js';
import type { TokenChunk } from './wikiann-conventions.js';

const NUMBER = /^\d{1,4}[A-Za-z]?$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Languages whose event titles put the year first ("the 2013 National Draft") or last ("Weltmeisterschaft 2006"). */
const YEAR_FIRST = new Set(['en']);
const YEAR_LAST = new Set(['de', 'fr']);
/** Abbreviations that end a name and whose dot the tokeniser split off ("Jr .", "Inc ."). */
const NAME_ABBREVIATION = /^(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros)$/u;
/** "No.", "Nr.", "nº": a number sign before the number of a unit ("No. 12 Squadron"). */
const NUMBER_SIGN = /^(?:No|Nr|nº|n°|N°)\.?$/u;
/** "U.S", "U.K": dotted capitals whose last dot the tokeniser split off. */
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Plural nouns of administrative units that Wikipedia list titles name ("communes", "municipalities", "Gemeinden"). */
const UNIT_LIST = /^(?:communes|municipalities|municipalités|gemeinden|cantons|arrondissements|districts|départements|villages|towns|comtés|counties|parishes|paroisses)$/iu;
/** Words that open a list title before the unit noun ("Liste des", "List of the"). */
const LIST_OPENER = /^(?:liste|list|des|de|of|the|der)$/iu;
/** Connectors between the unit noun and the place ("de la", "du", "of the", "de l'"). */
const LIST_CONNECTOR = /^(?:de|du|des|la|l'|l’|d'|d’|of|the|in|der|des|im)$/iu;
/** A lower-case unit word after the place ("department", "département"). */
const UNIT_AFTER = /^(?:department|département|province|county|district)$/u;
const MAX_CONNECTORS = 2;
const MAX_TITLE_WORDS = 3;
const ROMAN = /^[IVX]{1,5}$/u;
/** Languages that write an ordinal number with a dot after it ("Otto II.", "Ludwig XIV."). */
const ORDINAL_DOT = new Set(['de']);

/** Extends `chunk` over a following road or unit number, a number sign before it, and a split abbreviation dot. */
export function extendOverNumbers(chunk: TokenChunk, tokens: readonly Token[], language: string | null, floor: number, limit: number): void {
  const numbered = resourcesFor(language).numberedNameWords;
  const last = tokens[chunk.end - 1]?.text ?? '';
  if (chunk.end < limit && numbered.has(foldForMatch(last)) && NUMBER.test(tokens[chunk.end]?.text ?? '')) chunk.end += 1;
  if (chunk.end < limit && DOTTED_CAPITALS.test(last) && tokens[chunk.end]?.text === '.' && chunk.end + 1 === tokens.length) chunk.end += 1;
  if (chunk.end < limit && NAME_ABBREVIATION.test(last) && tokens[chunk.end]?.text === '.') chunk.end += 1;
  // "Weltmeisterschaft 2006": German and French write the year after the event.
  if (chunk.type === 'ORG' && YEAR_LAST.has(language ?? '') && chunk.end < limit && YEAR.test(tokens[chunk.end]?.text ?? '')) chunk.end += 1;
  // "the 2013 National Draft": the year of an event, after an article or opening the line, is part of its title.
  const before = chunk.start - 2 < floor ? null : tokens[chunk.start - 2]?.text.toLowerCase() ?? null;
  if (chunk.type === 'ORG' && YEAR_FIRST.has(language ?? '') && chunk.start - 1 >= floor && YEAR.test(tokens[chunk.start - 1]?.text ?? '') && (chunk.start - 1 === 0 || (before !== null && resourcesFor(language).determiners.has(before)))) chunk.start -= 1;
  // "Otto II .": languages that write ordinals with a dot keep it after a regnal number.
  if (chunk.type === 'PER' && chunk.end < limit && ORDINAL_DOT.has(language ?? '') && ROMAN.test(last) && tokens[chunk.end]?.text === '.') chunk.end += 1;
  if (chunk.start - 2 >= floor && NUMBER.test(tokens[chunk.start - 1]?.text ?? '') && NUMBER_SIGN.test(tokens[chunk.start - 2]?.text ?? '')) chunk.start -= 2;
}

/**
 * Where a list title around a place chunk starts, or null: the unit noun
 * ("communes") with its opening words, the connectors between it and the place.
 */
export function listTitleStart(chunk: TokenChunk, tokens: readonly Token[], floor: number): number | null {
  if (chunk.type !== 'LOC') return null;
  let k = chunk.start - 1;
  let connectors = 0;
  while (k >= floor && connectors < MAX_CONNECTORS && LIST_CONNECTOR.test(tokens[k]?.text ?? '')) {
    k -= 1;
    connectors += 1;
  }
  if (connectors === 0 || k < floor || !UNIT_LIST.test(tokens[k]?.text ?? '')) return null;
  let start = k;
  while (start - 1 >= floor && LIST_OPENER.test(tokens[start - 1]?.text ?? '')) start -= 1;
  // The title is the whole line or follows its opening word: "Liste des communes …", "Communes of the …".
  return /^\p{Lu}/u.test(tokens[start]?.text ?? '') ? start : null;
}

/** Applies `listTitleStart` and takes a unit word written after the place ("… the Aisne department"). */
export function extendOverListTitle(chunk: TokenChunk, tokens: readonly Token[], floor: number): void {
  const start = listTitleStart(chunk, tokens, floor);
  if (start === null) return;
  chunk.start = start;
  if (UNIT_AFTER.test(tokens[chunk.end]?.text ?? '')) chunk.end += 1;
}

/**
 * "Lindau ( Bodensee )" as a whole line: a title qualified by the place in brackets after it, where the title
 * word itself was left untyped (a lone word opening the line). Extends the bracketed place chunk over both.
 */
export function extendOverBracketedTitle(chunk: TokenChunk, tokens: readonly Token[], floor: number): void {
  if (chunk.type !== 'LOC' || tokens[chunk.start - 1]?.text !== '(' || tokens[chunk.end]?.text !== ')') return;
  let start = chunk.start - 1;
  while (start - 1 >= floor && start - 1 >= chunk.start - 1 - MAX_TITLE_WORDS && /^\p{Lu}/u.test(tokens[start - 1]!.text)) start -= 1;
  if (start === chunk.start - 1) return;
  for (let i = 0; i < start; i += 1) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return;
  chunk.start = start;
  chunk.end += 1;
}
