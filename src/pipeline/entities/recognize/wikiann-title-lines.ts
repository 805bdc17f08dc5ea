/**
 * Lines of WikiANN that are one article title with lower-case words inside
 * ("List of forts in Colorado", "Parc national des Monts Sibyllins",
 * "Administrative divisions of Greenland"): the whole title is one linked
 * entity, where the recogniser finds only the capitalised names in it. A line
 * is taken as a title when it is short, has no punctuation and no clause word
 * (pronoun, auxiliary, conjunction other than the name connectors), opens and
 * ends with a capitalised word, and holds a lower-case content word.
 * Token-level entry only (see wikiann-conventions.ts).
 */
import type { Token } from '../tokenize.js';
import type { Resources } from './resources.js';
import type { TokenChunk } from './wikiann-conventions.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import { getLanguagePack } from '../../../lang/registry.js';

const MIN_TITLE_WORDS = 2;
/** Longer lines are sentences or lists more often than titles (WikiANN en/fr dev). */
const MAX_TITLE_WORDS = 8;
const WORD = /[\p{L}\p{N}]/u;
/** "REDIRECTION …": a shouted word opening the line is a marker, not part of the title. */
const SHOUTED = /^\p{Lu}{7,}$/u;
const SENTENCE_END = /^[.!?]$/u;

/** The words of a line that may be a title: from its first word (past a shouted marker) to its last, no sentence end after it, no punctuation inside, 2 to 8 words; null otherwise. */
export function lineWords(tokens: readonly Token[]): { start: number; last: number; words: readonly Token[] } | null {
  let start = tokens.findIndex((token) => WORD.test(token.text));
  if (start < 0) return null;
  if (SHOUTED.test(tokens[start]!.text)) start += 1;
  let last = tokens.length - 1;
  while (last > start && !WORD.test(tokens[last]!.text)) last -= 1;
  if (tokens.slice(last + 1).some((token) => SENTENCE_END.test(token.text))) return null;
  const words = tokens.slice(start, last + 1);
  if (words.length < MIN_TITLE_WORDS || words.length > MAX_TITLE_WORDS || words.some((token) => !WORD.test(token.text))) return null;
  return { start, last, words };
}

/** Token range [start, end) of the title the line is, or null when it is no title line. */
export function titleLine(tokens: readonly Token[], resources: Resources): { start: number; end: number } | null {
  const line = lineWords(tokens);
  if (!line) return null;
  const { start, last, words } = line;
  if (!/^\p{Lu}/u.test(words[0]!.text) || !/^\p{Lu}/u.test(words[words.length - 1]!.text)) return null;
  const connectors = connectorsOf(resources.language);
  // "Il a vu Louis XIV": a capitalised clause word opens a sentence, not a title.
  const opener = words[0]!.text.toLowerCase();
  if (resources.stopwords.has(foldForMatch(opener)) && !connectors.has(opener)) return null;
  let content = false;
  for (const token of words) {
    if (!/^\p{Ll}/u.test(token.text)) continue;
    const connector = connectors.has(token.text);
    const stopword = resources.stopwords.has(foldForMatch(token.text));
    if (stopword && !connector) return null;
    if (!connector && !stopword) content = true;
  }
  return content ? { start, end: last + 1 } : null;
}

const connectorCache = new Map<string, ReadonlySet<string>>();

/**
 * Lower-case words a title may hold between its names: the pack's name connectors, articles, place prepositions
 * and name particles, as written (folding would let French "a", a verb, pass for "à").
 */
export function connectorsOf(language: string | null): ReadonlySet<string> {
  const key = language ?? '';
  let connectors = connectorCache.get(key);
  if (!connectors) {
    const entities = getLanguagePack(language)?.entities;
    const lists = [entities?.nameConnectors, entities?.determiners, entities?.placePrepositions, entities?.nameParticles];
    connectors = new Set(lists.flatMap((list) => list ?? []).map((word) => word.toLowerCase()));
    connectorCache.set(key, connectors);
  }
  return connectors;
}

/**
 * MediaWiki's redirect keyword in the wikis WikiANN was drawn from (written "#REDIRECT", the "#" gone in
 * WikiANN): a redirect page is the keyword and the title it leads to, all of which is one linked name.
 */
const REDIRECT = /^(?:redirect|redirection|weiterleitung|doorverwijzing|redirecionamento|redirección|redireccion|rinvia)$/iu;

/** Token range [start, end) of the title a redirect line leads to ("REDIRECTION Heart ( album de Heart )"), or null. */
export function redirectTarget(tokens: readonly Token[]): { start: number; end: number } | null {
  const keyword = tokens.findIndex((token) => WORD.test(token.text));
  if (keyword < 0 || !REDIRECT.test(tokens[keyword]!.text)) return null;
  let last = tokens.length - 1;
  while (last > keyword && !WORD.test(tokens[last]!.text) && tokens[last]!.text !== ')') last -= 1;
  return last > keyword ? { start: keyword + 1, end: last + 1 } : null;
}

/**
 * Makes a title line one chunk when the recogniser found names inside it or the line is a redirect. It is typed
 * like the chunk that opens it, else (a redirect) like the longest chunk in it, else ORG, the type WikiANN gives
 * most titles.
 */
export function joinTitleLine(chunks: readonly TokenChunk[], tokens: readonly Token[], resources: Resources): TokenChunk[] {
  const redirect = redirectTarget(tokens);
  const title = redirect ?? titleLine(tokens, resources);
  if (!title) return [...chunks];
  const inside = chunks.filter((chunk) => chunk.start >= title.start && chunk.end <= title.end);
  if ((inside.length === 0 && !redirect) || (inside.length === 1 && inside[0]!.start === title.start && inside[0]!.end === title.end)) return [...chunks];
  const longest = [...inside].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const type = inside.find((chunk) => chunk.start === title.start)?.type ?? (redirect ? longest?.type : undefined) ?? 'ORG';
  const outside = chunks.filter((chunk) => chunk.end <= title.start || chunk.start >= title.end);
  return [...outside, { type, start: title.start, end: title.end }].sort((a, b) => a.start - b.start);
}
