/**
 * French, Spanish, Italian and Portuguese write article titles in sentence
 * case ("Transports en commun lyonnais", "Union pour un mouvement
 * populaire", "Élections fédérales allemandes de 1972"), so a WikiANN line
 * that is one such title often ends in a lower-case word or a year, which
 * the title-case rule (wikiann-title-lines.ts) does not take. A line is such
 * a title when it is short, opens with a capitalised word that is no clause
 * word, holds no punctuation, and every lower-case word in it is a name
 * connector or a content word (no pronoun, auxiliary or other clause word).
 * Token-level entry only (see wikiann-conventions.ts).
 */
import type { Token } from '../tokenize.js';
import type { Resources } from './resources.js';
import type { TokenChunk } from './wikiann-conventions.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import { connectorsOf, lineWords } from './wikiann-title-lines.js';

/** Languages whose titles capitalise only their first word and proper names. */
export const SENTENCE_CASED = new Set(['fr', 'es', 'it', 'pt']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const YEAR = /^(?:1\d|20)\d\d$/u;
/** "Audaux à l'est", "Serres-Sainte-Marie au nord-ouest": a town and the side it lies on, not a title. */
const COMPASS = /^(?:l['’])?(?:nord|sud|est|ouest|norte|sul|este|oeste|nord-est|nord-ouest|sud-est|sud-ouest)$/u;
/** "Liste des villes du …", "Lista de …": list titles, which WikiANN types like what they list, mostly places. */
const LIST_WORD = /^(?:liste|lista|elenco)$/iu;
/**
 * Parts of an animal's body that French common names of species describe it by ("Bécasseau à poitrine cendrée",
 * "Macaque à toque", "Pouillot à grands sourcils"): WikiANN types species LOC, as wikiann-species.ts does for English.
 */
const BODY_PART = /^(?:bec|queue|poitrine|ventre|calotte|collier|sourcils?|front|ailes?|flancs|miroir|taches|toque|gorge|tête|dos|cou|huppe|joues|nuque|croupion|pattes|oreilles|menton|capuchon|lunettes|moustaches|couronne|épaulettes|bavette|masque|plastron|ceinture|cuisses|yeux|oeil|œil|pieds|doigts|dents|écailles|nageoires|raies|bandes|barres)$/u;

/** Whether a number inside the line is a measure ("2 h 26 min", "6,04 m", "1 an") rather than a year or a title's number. */
function hasMeasure(words: readonly Token[], connectors: ReadonlySet<string>): boolean {
  return words.some((token, i) => /^\d/u.test(token.text) && !YEAR.test(token.text) && /^\p{Ll}/u.test(words[i + 1]?.text ?? '') && !connectors.has(words[i + 1]!.text));
}

/** "Bécasseau à poitrine cendrée": a capitalised word, "à", maybe an adjective, then a part of the body. */
function isSpeciesName(words: readonly Token[]): boolean {
  if (words[1]?.text !== 'à') return false;
  return BODY_PART.test(words[2]?.text ?? '') || BODY_PART.test(words[3]?.text ?? '');
}

/** Token range [start, end) of the sentence-cased title the line is, or null. */
export function sentenceCasedTitleLine(tokens: readonly Token[], resources: Resources): { start: number; end: number } | null {
  if (!SENTENCE_CASED.has(resources.language ?? '')) return null;
  const line = lineWords(tokens);
  if (!line) return null;
  const { start, last, words } = line;
  const first = words[0]!.text;
  // "Le Parti …", "Il …": an article or clause word opening the line is outside any title or makes it a sentence.
  if (!/^\p{Lu}\p{Ll}/u.test(first) || resources.stopwords.has(foldForMatch(first.toLowerCase()))) return null;
  const closing = words[words.length - 1]!.text;
  if (!LOWER_WORD.test(closing) && !YEAR.test(closing)) return null;
  const connectors = connectorsOf(resources.language);
  for (const token of words.slice(1)) {
    if (!/^\p{Ll}/u.test(token.text) || connectors.has(token.text)) {
      if (COMPASS.test(token.text)) return null;
      continue;
    }
    if (resources.stopwords.has(foldForMatch(token.text)) || COMPASS.test(token.text)) return null;
  }
  if (hasMeasure(words, connectors)) return null;
  return { start, end: last + 1 };
}

/**
 * Type of a sentence-cased title: a species or a list is LOC; else the type of the chunk it opens with, unless a
 * person ("Concours Eurovision de la chanson": no person's name goes on in lower case); else its head noun's cue
 * kind; else ORG, the type WikiANN gives most titles.
 */
export function sentenceCasedTitleType(chunks: readonly TokenChunk[], tokens: readonly Token[], title: { start: number; end: number }, resources: Resources): string {
  const words = tokens.slice(title.start, title.end);
  if (isSpeciesName(words)) return 'LOC';
  if (LIST_WORD.test(words[0]!.text)) return chunks.find((chunk) => chunk.start > title.start && chunk.end <= title.end)?.type ?? 'LOC';
  const opening = chunks.find((chunk) => chunk.start === title.start);
  if (opening && opening.type !== 'PER') return opening.type;
  const head = resources.cues.byFirst.get(foldForMatch(tokens[title.start]!.text)) ?? [];
  return head.some((phrase) => phrase.kind === 'place' && phrase.words.length === 1) ? 'LOC' : 'ORG';
}

/** Makes a sentence-cased title line one chunk in place of the names found inside it. */
export function joinSentenceCasedTitle(chunks: readonly TokenChunk[], tokens: readonly Token[], resources: Resources): TokenChunk[] {
  const title = sentenceCasedTitleLine(tokens, resources);
  if (!title) return [...chunks];
  const type = sentenceCasedTitleType(chunks, tokens, title, resources);
  const outside = chunks.filter((chunk) => chunk.end <= title.start || chunk.start >= title.end);
  return [...outside, { type, start: title.start, end: title.end }].sort((a, b) => a.start - b.start);
}
