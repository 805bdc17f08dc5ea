/**
 * How WikiANN draws entity boundaries, which follow Wikipedia article titles
 * rather than news usage: "Sioux Falls, South Dakota" is one place, "John Van
 * Reenen (economist)" one person, "Dale Earnhardt, Jr." one person. Applied
 * by the token-level entry only; `recognizeEntities` keeps the parts apart.
 */
import type { Token } from '../tokenize.js';
import type { Span } from './span.js';
import { resourcesFor } from './resources.js';
import { extendOverBracketedTitle, extendOverListTitle, extendOverNumbers } from './wikiann-extensions.js';
import { loneWordPlace, quotedTitles, typeListedPlaces } from './wikiann-lists.js';
import { retypeStructures } from './wikiann-structures.js';
import { typeByQualifier } from './wikiann-qualifiers.js';
import { joinOfTitles, joinPeerages } from './wikiann-of-titles.js';
import { joinTitleLine } from './wikiann-title-lines.js';
import { joinSentenceCasedTitle } from './wikiann-sentence-cased-titles.js';
import { retypeListedPeopleAsPlaces } from './wikiann-listed-places.js';
import { joinNationalTeams } from './wikiann-national-teams.js';
import { typeNationCodes } from './wikiann-nation-codes.js';
import { addSpecies } from './wikiann-species.js';
import { addHeadFirstSpecies } from './wikiann-species-head-first.js';
import { addNumberedTitles } from './wikiann-numbered-titles.js';

export interface TokenChunk {
  type: string;
  /** Token indexes [start, end). */
  start: number;
  end: number;
  /** Place id of a place chunk's last part, to tell a region or country from a town. */
  placeId?: string;
  /** For MISC chunks: the word-shape evidence of the span (type-runs.ts `nameShape` and list position). */
  shape?: string;
  /** Set on names whose extent is certain (a species name): no qualifier after a comma is joined to them. */
  closed?: boolean;
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/u;
/** Place names hyphenated round a preposition or article ("Châlons-en-Champagne", "Bains-les-Bains"), a French habit. */
const HYPHENATED_TOPONYM: Readonly<Record<string, RegExp>> = {
  fr: /^\p{Lu}[\p{L}']+(?:-\p{L}+)*-(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux|au|d'\p{L}+|l'\p{L}+)(?:-\p{L}+)+$/u,
};
/** Titles WikiANN counts inside a person's name (en/de dev: "Sir" 18 times inside, never outside; "Papst" 37 times outside). */
const TITLE_IN_NAME: Readonly<Record<string, RegExp>> = {
  en: /^(?:Sir|Dame|Prince|Princess|Lord|Lady|Pope|Queen|King|Emperor|Empress)$/u,
  de: /^(?:König|Königin|Prinz|Prinzessin|Kaiser|Kaiserin)$/u,
};

/** Languages that write only the first word of a name capitalised ("Parti socialiste de Serbie", "Union pour un mouvement populaire"). */
const SENTENCE_CASED = new Set(['fr', 'es', 'it', 'pt']);
/** Lower-case words inside such a name: articles and prepositions ("de", "du", "des", "pour", "d'"). */
const NAME_CONNECTOR = /^(?:de|du|des|d'|d’|la|le|les|l'|l’|pour|et|en|à|au|aux|del|della|di|y|e|da|do|dos|das|para|por|of|the|von|der|für)$/u;
const MAX_LOWER_TAIL = 6;

/** Where an organisation name written in sentence case ends: over lower-case content words and connectors, not past a clause word. */
function sentenceCasedEnd(tokens: readonly Token[], end: number, limit: number, stopwords: ReadonlySet<string>): number {
  let k = end;
  let best = end;
  while (k < limit && k < end + MAX_LOWER_TAIL) {
    const text = tokens[k]!.text;
    const lower = text.toLowerCase();
    if (NAME_CONNECTOR.test(lower) || /^\p{Ll}+['’]\p{L}/u.test(text)) {
      k += 1;
      continue;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text) || stopwords.has(lower)) break;
    k += 1;
    best = k;
  }
  // A capitalised name right after a connector closes it ("… de Serbie").
  if (k > best && k < limit && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && best > end) return best;
  return best;
}

function isRegionOrCountry(chunk: TokenChunk): boolean {
  return chunk.type === 'LOC' && chunk.placeId !== undefined && !/^\d+$/u.test(chunk.placeId);
}

/** A first-level region ("US-MN"): WikiANN joins a town to its state or province, rarely to its country. */
function isRegion(chunk: TokenChunk): boolean {
  return chunk.type === 'LOC' && chunk.placeId !== undefined && /^[A-Z]{2}-/u.test(chunk.placeId);
}

/** Wikipedias that qualify a town's title with its region after a comma; German and French put it in brackets ("Lindau (Bodensee)"). */
const COMMA_QUALIFIED = new Set(['en']);

/**
 * "Pine Ridge , Oregon", "Kato Vrysi , Achaea": a place after a town and a comma, the two standing alone (no list
 * of places around them), is the region that qualifies the town in its article title, unless it is a country.
 */
function qualifiesAlone(chunk: TokenChunk, previous: TokenChunk, tokens: readonly Token[]): boolean {
  if (chunk.type !== 'LOC' || (chunk.placeId !== undefined && !/^[A-Z]{2}-/u.test(chunk.placeId) && !/^\d+$/u.test(chunk.placeId))) return false;
  const before = tokens[previous.start - 1]?.text;
  const after = tokens[chunk.end]?.text;
  return before !== ',' && after !== ',' && after !== 'and' && after !== 'und' && after !== 'et';
}

const commaBetween = (tokens: readonly Token[], a: TokenChunk, b: TokenChunk): boolean => b.start === a.end + 1 && tokens[a.end]?.text === ',';

/** A species epithet: a lower-case Latin word ("tribunaria", "affinis", "albicilla"). */
const EPITHET = /^\p{Ll}{2,}(?:us|a|is|um|ae|ii|i|ata|ella|ensis|oides|ica|ides|ana|ina|ulus|ula|alis|es|or|ix)$/u;
const GENUS = /^\p{Lu}\p{Ll}{2,}$/u;
const QUOTE = /^(?:''|'|"|„|“|«|\()$/u;

/**
 * "'' Eupithecia tribunaria ''": a binomial species name, written in italics (two apostrophes in wiki text);
 * WikiANN annotates the linked names of species as LOC. Token range [start, end) or null.
 */
function binomialAt(tokens: readonly Token[], i: number): number | null {
  const genus = tokens[i]?.text ?? '';
  if (!GENUS.test(genus)) return null;
  let end = i + 1;
  while (end < tokens.length && end < i + 3 && EPITHET.test(tokens[end]!.text) && tokens[end]!.text.length >= 5) end += 1;
  if (end === i + 1) return null;
  const before = tokens[i - 1]?.text;
  const after = tokens[end]?.text;
  const quoted = (before !== undefined && QUOTE.test(before)) || (after !== undefined && /^(?:''|'|"|“|»|\))$/u.test(after));
  const alone = i === 0 && end === tokens.length;
  return quoted || alone ? end : null;
}

/** Extends and joins chunks the way WikiANN's annotation does; MISC chunks (other names) are typed by their neighbours or dropped. */
export function applyWikiannConventions(input: TokenChunk[], tokens: readonly Token[], language: string | null = null): TokenChunk[] {
  const quoted = quotedTitles(addNumberedTitles(addHeadFirstSpecies(addSpecies(addBinomials(input, tokens), tokens, language), tokens, language), tokens, language), tokens);
  // Untyped one-word names opening the line are kept only for the list rule below: alone they are mostly ordinary words.
  const opener = (chunk: TokenChunk): boolean => chunk.type === 'MISC' && chunk.end - chunk.start === 1 && tokens.slice(0, chunk.start).every((token) => !/[\p{L}\p{N}]/u.test(token.text));
  const qualified = typeByQualifier(quoted, tokens);
  const resources = resourcesFor(language);
  const chunks = joinPeerages(joinOfTitles(qualified, tokens, language, resources.stopwords, resources.cues), tokens, language);
  const lone = chunks.every(opener) ? loneWordPlace(tokens) : null;
  if (lone) return [lone];
  // "Carleton-sur-Mer", "Vezin-le-Coquet": an unknown word joined by a toponym's inner preposition is a place.
  const toponym = HYPHENATED_TOPONYM[language ?? ''];
  for (const chunk of chunks) if (toponym && chunk.type === 'MISC' && chunk.end - chunk.start === 1 && toponym.test(tokens[chunk.start]!.text)) chunk.type = 'LOC';
  // "Campagnatico , Grosseto , Manciano": an unknown word that is no dictionary word nor given name, alone between list separators, is a place.
  for (const chunk of chunks) {
    if (chunk.type !== 'MISC' || opener(chunk)) continue;
    if (chunk.end - chunk.start === 1 && chunk.shape === '---L') chunk.type = 'LOC';
    // Titles of works, events and bodies ("Bones – Die Knochenjägerin", "the Big Ten"): WikiANN links most as ORG.
    else if (chunk.end - chunk.start > 1) chunk.type = 'ORG';
  }
  // Before the one-word rule, so that names it retypes spread along the list too.
  retypeListedPeopleAsPlaces(chunks, tokens);
  typeListedPlaces(chunks, tokens);
  joinNationalTeams(chunks, tokens, language);
  typeNationCodes(chunks, tokens);
  retypeStructures(chunks, tokens, language);
  const out: TokenChunk[] = [];
  for (const chunk of chunks.filter((candidate) => !opener(candidate))) {
    const previous = out[out.length - 1];
    if (previous && previous.type === 'LOC' && !previous.closed && !isRegionOrCountry(previous) && (isRegion(chunk) || (COMMA_QUALIFIED.has(language ?? '') && qualifiesAlone(chunk, previous, tokens))) && commaBetween(tokens, previous, chunk)) {
      previous.end = chunk.end;
      previous.placeId = chunk.placeId;
      // "Auburn Township , Tuscarawas County , Ohio": a township before its county before its state.
      const before = out[out.length - 2];
      if (before && before.type === 'LOC' && !isRegionOrCountry(before) && commaBetween(tokens, before, previous)) {
        before.end = previous.end;
        before.placeId = previous.placeId;
        out.pop();
      }
      continue;
    }
    // "Omaha ( Nebraska )", "Comté de Franklin ( Arkansas )", "Socialist Workers Party ( United States )": a place in brackets qualifies the name before it;
    // after a person it is more often the club or town the person plays or stands for (WikiANN en/fr dev).
    if (previous && previous.type !== 'PER' && chunk.type === 'LOC' && tokens[previous.end]?.text === '(' && chunk.start === previous.end + 1 && tokens[chunk.end]?.text === ')') {
      if (previous.type === 'MISC') previous.type = 'LOC';
      previous.end = chunk.end + 1;
      continue;
    }
    // "People 's University of China", "Maclean 's Magazine": a name with a possessive before an organisation is its title.
    if (previous && chunk.type === 'ORG' && chunk.start === previous.end + 1 && /^['’]s$/u.test(tokens[previous.end]?.text ?? '') && !/^(?:The|A|An)$/u.test(tokens[chunk.start]?.text ?? '')) {
      previous.type = 'ORG';
      previous.end = chunk.end;
      continue;
    }
    out.push({ ...chunk });
  }
  for (let k = 0; k < out.length; k += 1) {
    const chunk = out[k]!;
    const previousEnd = out[k - 1]?.end ?? 0;
    // "The Wall Street Journal", "49th Field Artillery Regiment": a capitalised article or an ordinal opens an organisation's title.
    if (chunk.type === 'ORG' && chunk.start - 1 >= previousEnd && /^(?:The|\d+(?:st|nd|rd|th|e|er|\.))$/u.test(tokens[chunk.start - 1]?.text ?? '')) chunk.start -= 1;
    extendOverListTitle(chunk, tokens, previousEnd);
    extendOverBracketedTitle(chunk, tokens, previousEnd);
    extendOverNumbers(chunk, tokens, language, previousEnd, out[k + 1]?.start ?? tokens.length);
    if (chunk.type === 'ORG') {
      const next = out[k + 1];
      if (language !== null && SENTENCE_CASED.has(language)) chunk.end = sentenceCasedEnd(tokens, chunk.end, next?.start ?? tokens.length, resourcesFor(language).stopwords);
      // "Parti socialiste de Serbie": a place after the connector ends the name.
      // "Parti de la liberté d'Autriche": the connector can be elided onto the place's own token.
      const elided = next !== undefined && next.start === chunk.end && /^d['’]\p{Lu}/u.test(tokens[next.start]?.text ?? '');
      if (next && next.type === 'LOC' && (elided || (next.start > chunk.end && next.start - chunk.end <= 2 && tokens.slice(chunk.end, next.start).every((token) => NAME_CONNECTOR.test(token.text.toLowerCase()))))) {
        chunk.end = next.end;
        out.splice(k + 1, 1);
      }
      // "Office national du tourisme ( Tunisie )": a place in brackets after a name that only now reaches it.
      const after = out[k + 1];
      if (after && after.type === 'LOC' && tokens[chunk.end]?.text === '(' && after.start === chunk.end + 1 && tokens[after.end]?.text === ')') {
        chunk.end = after.end + 1;
        out.splice(k + 1, 1);
      }
    }
    // "( economist )", "( magazine )": a lower-case qualifier in brackets.
    if (tokens[chunk.end]?.text === '(') {
      let k = chunk.end + 1;
      while (k < tokens.length && k < chunk.end + 4 && /^\p{Ll}+$/u.test(tokens[k]!.text)) k += 1;
      if (k > chunk.end + 1 && tokens[k]?.text === ')') chunk.end = k + 1;
    }
    // "Sir …", "Prince … of …", "König …": Wikipedia titles a royal or knight's article with the title.
    if (chunk.type === 'PER' && chunk.start - 1 >= previousEnd && TITLE_IN_NAME[language ?? '']?.test(tokens[chunk.start - 1]?.text ?? '')) chunk.start -= 1;
    if (chunk.type === 'PER' && tokens[chunk.end]?.text === ',' && SUFFIX.test(tokens[chunk.end + 1]?.text ?? '')) {
      chunk.end += tokens[chunk.end + 2]?.text === '.' ? 3 : 2;
    }
  }
  // Title-case titles first; the sentence-cased rule takes only lines that one leaves (ending in lower case or a year).
  return joinSentenceCasedTitle(joinTitleLine(out.filter((chunk) => chunk.type !== 'MISC'), tokens, resources), tokens, resources);
}

/** Adds binomial species names (LOC) where no typed chunk covers them; a MISC chunk there gives way. */
function addBinomials(chunks: readonly TokenChunk[], tokens: readonly Token[]): TokenChunk[] {
  const typed = new Set<number>();
  for (const chunk of chunks) if (chunk.type !== 'MISC') for (let i = chunk.start; i < chunk.end; i += 1) typed.add(i);
  const found: TokenChunk[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (typed.has(i)) continue;
    const end = binomialAt(tokens, i);
    if (end === null) continue;
    let free = true;
    for (let k = i; k < end; k += 1) if (typed.has(k)) free = false;
    if (!free) continue;
    found.push({ type: 'LOC', start: i, end });
    i = end - 1;
  }
  if (found.length === 0) return [...chunks];
  const kept = chunks.filter((chunk) => chunk.type !== 'MISC' || !found.some((f) => chunk.start < f.end && f.start < chunk.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

export function spanChunk(span: Span, tokens: readonly Token[], type: string): TokenChunk | null {
  const covered: number[] = [];
  tokens.forEach((token, i) => {
    if (token.start < span.charEnd && span.charStart < token.end) covered.push(i);
  });
  if (covered.length === 0) return null;
  const chunk: TokenChunk = { type, start: covered[0]!, end: covered[covered.length - 1]! + 1 };
  if (span.placeId) chunk.placeId = span.placeId;
  const shape = span.type === 'other' ? span.evidence.find((entry) => entry.startsWith('shape:')) : undefined;
  if (shape) chunk.shape = shape.slice('shape:'.length);
  return chunk;
}
