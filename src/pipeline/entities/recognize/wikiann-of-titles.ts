/**
 * Wikipedia titles built as "<head> of <name>" ("Governor of Idaho", "Duke of
 * Norfolk", "Ministry of Culture of Azerbaijan", "Liste des communes de la
 * Moselle"): WikiANN links the whole title, so the head, the "of" and the name
 * after it are one entity. The news path keeps "Idaho" apart; only the
 * token-level entry joins them. On en/fr dev a capitalised word, "of"
 * (optionally "the") and a capitalised word were one WikiANN entity in about
 * 96 in 100 cases.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import type { CueIndex } from './cue-matcher.js';
import { placeNamed } from './place-lookup.js';
import { listTitleStart } from './wikiann-extensions.js';

/** The language's "of" (the genitive preposition a title joins its head with), and the articles that may follow it. */
const OWN_OF_WORDS: Readonly<Record<string, { of: RegExp; article: RegExp }>> = {
  en: { of: /^of$/u, article: /^the$/u },
  fr: { of: /^(?:de|du|des|d'|d’)$/u, article: /^(?:la|l'|l’)$/u },
  es: { of: /^(?:de|del)$/u, article: /^(?:la|los|las)$/u },
  it: { of: /^(?:di|del|della|dei|degli|delle|d'|d’)$/u, article: /^$/u },
  pt: { of: /^(?:de|do|da|dos|das)$/u, article: /^$/u },
  nl: { of: /^van$/u, article: /^(?:de|het)$/u },
  // German titles join their head with an article in the genitive ("Gemeinschaft der …"), a capitalised noun
  // either way; only the English titles German text quotes ("Bureau of …") are joined.
  de: { of: /^of$/u, article: /^the$/u },
};

/** Each language's words with the English ones added: every Wikipedia quotes English titles ("Bank of America", "Order of the Bath"). */
const OF_WORDS: Readonly<Record<string, { of: RegExp; article: RegExp }>> = Object.fromEntries(
  Object.entries(OWN_OF_WORDS).map(([code, own]) => [code, { of: new RegExp(`${own.of.source}|^of$`, 'u'), article: new RegExp(`${own.article.source}|^the$`, 'u') }]),
);

/**
 * Nobility titles: "<title> of <place>" names the title holder, a person, where
 * WikiANN en dev links other heads ("Governor of …", "Minister of …", "List of …")
 * more often as ORG.
 */
const NOBLE_HEADS: Readonly<Record<string, RegExp>> = {
  en: /^(?:Earl|Duke|Duchess|Count|Countess|Baron|Baroness|Marquess|Marquis|Viscount|Prince|Princess|King|Queen|Emperor|Empress|Lord|Lady|Margrave|Landgrave|Elector|Archduke|Grand Duke)$/u,
  fr: /^(?:Comte|Comtesse|Duc|Duchesse|Baron|Baronne|Marquis|Marquise|Vicomte|Prince|Princesse|Roi|Reine|Empereur|Impératrice|Seigneur|Dame)$/u,
  es: /^(?:Conde|Condesa|Duque|Duquesa|Barón|Marqués|Marquesa|Vizconde|Príncipe|Princesa|Rey|Reina|Emperador|Señor)$/u,
  it: /^(?:Conte|Contessa|Duca|Duchessa|Barone|Marchese|Principe|Principessa|Re|Regina|Imperatore|Signore)$/u,
  pt: /^(?:Conde|Condessa|Duque|Duquesa|Barão|Marquês|Marquesa|Visconde|Príncipe|Princesa|Rei|Rainha|Imperador|Senhor)$/u,
  nl: /^(?:Graaf|Gravin|Hertog|Hertogin|Baron|Markies|Burggraaf|Prins|Prinses|Koning|Koningin|Keizer|Heer|Vrouwe)$/u,
  // German articles keep British peerages in English ("1. Earl of Orford").
  de: /^(?:Graf|Gräfin|Herzog|Herzogin|Fürst|Fürstin|Freiherr|Markgraf|Landgraf|Kurfürst|Prinz|Prinzessin|König|Königin|Kaiser|Kaiserin|Earl|Duke|Duchess|Baron|Baroness|Viscount|Marquess|Countess|Lord)$/u,
};

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** At most this many untyped capitalised words form a head ("Chamber of …", "Prime Minister of …", "List of Prime Ministers of …"). */
const MAX_HEAD_WORDS = 3;

const chunkAt = (chunks: readonly TokenChunk[], index: number): TokenChunk | undefined => chunks.find((chunk) => chunk.start <= index && index < chunk.end);

/** Start of the untyped capitalised head ending right before token `end`, or null when there is none. */
function headStart(tokens: readonly Token[], chunks: readonly TokenChunk[], end: number, stopwords: ReadonlySet<string>): number | null {
  let start = end;
  while (start > 0 && end - start < MAX_HEAD_WORDS && CAPITALISED.test(tokens[start - 1]!.text) && !chunkAt(chunks, start - 1)) start -= 1;
  // "The …", "In …": a capitalised function word opens a sentence, it heads no title.
  while (start < end && stopwords.has(tokens[start]!.text.toLowerCase())) start += 1;
  return start < end ? start : null;
}

/** End of the name after the connector at `from`: a chunk starting there, or the capitalised words there. */
function nameEnd(tokens: readonly Token[], chunks: readonly TokenChunk[], from: number): number | null {
  const chunk = chunks.find((candidate) => candidate.start === from);
  if (chunk) return chunk.end;
  if (chunkAt(chunks, from)) return null;
  let end = from;
  while (end < tokens.length && CAPITALISED.test(tokens[end]!.text) && !chunkAt(chunks, end)) end += 1;
  return end > from ? end : null;
}

/**
 * The type of a title whose head the recogniser left untyped: a nobility title
 * names a person, a place word or a place ("Amérique du Nord") a place, any
 * other head ("List of …", "Governor of …", "Ministère de …") an organisation.
 */
function headType(head: string, language: string | null, cues: CueIndex): string {
  if (NOBLE_HEADS[language ?? '']?.test(head)) return 'PER';
  const folded = foldForMatch(head);
  const cue = headCue(folded, cues);
  if (cue === 'place' || (!cue && placeNamed(folded)?.strong)) return 'LOC';
  return 'ORG';
}

/** The kind of the one-word cue a title head is ("Diocese", "province", "Université"), or null. */
function headCue(folded: string, cues: CueIndex): string | null {
  return cues.byFirst.get(folded)?.find((phrase) => phrase.words.length === 1)?.kind ?? null;
}

/**
 * Joins "<head> of [the] <name>" into one chunk. A typed head keeps its type
 * ("University of …" ORG, "Communes of …" LOC); an untyped head is typed by
 * `headType`. Returns the new chunk list.
 */
export function joinOfTitles(input: readonly TokenChunk[], tokens: readonly Token[], language: string | null, stopwords: ReadonlySet<string>, cues: CueIndex): TokenChunk[] {
  const words = OF_WORDS[language ?? ''];
  if (!words) return [...input];
  let chunks = [...input].sort((a, b) => a.start - b.start);
  // A title the recogniser took whole is a person when a nobility title heads it ("Comte de Toulouse", which
  // folds to the place word "comté"), a place when a place word does ("Province de Lleida").
  for (const chunk of chunks) {
    if (chunk.end - chunk.start < 3 || !words.of.test(tokens[chunk.start + 1]!.text)) continue;
    const head = tokens[chunk.start]!.text;
    if (NOBLE_HEADS[language ?? '']?.test(head)) chunk.type = 'PER';
    else if (headCue(foldForMatch(head), cues) === 'place') chunk.type = 'LOC';
  }
  for (let i = 1; i < tokens.length - 1; i += 1) {
    if (!words.of.test(tokens[i]!.text)) continue;
    const nameStart = words.article.test(tokens[i + 1]!.text) ? i + 2 : i + 1;
    if (!CAPITALISED.test(tokens[nameStart]?.text ?? '') && !/^\p{Lu}/u.test(tokens[nameStart]?.text ?? '')) continue;
    const end = nameEnd(tokens, chunks, nameStart);
    if (end === null) continue;
    // "Communes of the Aude department": list titles around a place have their own rule (wikiann-extensions.ts).
    const named = chunks.find((chunk) => chunk.start === nameStart);
    if (named && listTitleStart(named, tokens, 0) !== null) continue;
    const left = chunks.find((chunk) => chunk.end === i);
    const start = left ? left.start : headStart(tokens, chunks, i, stopwords);
    if (start === null) continue;
    const type = left && left.type !== 'MISC' ? left.type : headType(tokens[start]!.text, language, cues);
    const joined: TokenChunk = { type, start, end };
    chunks = [...chunks.filter((chunk) => chunk.end <= start || chunk.start >= end), joined].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return chunks;
}

/** An ordinal number written with its suffix ("1st", "9th", "1er", "2e", "3.", "1º"). */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th|er|e|ème|\.|º|ª)$/u;

/**
 * "Thomas Howard , 3rd Earl of Berkshire": Wikipedia titles a peer's article
 * with the name, a comma, the ordinal and the peerage; WikiANN links all of
 * it as one person. Joins a person chunk with a nobility-title chunk after
 * such an ordinal.
 */
export function joinPeerages(input: readonly TokenChunk[], tokens: readonly Token[], language: string | null): TokenChunk[] {
  const noble = NOBLE_HEADS[language ?? ''];
  if (!noble) return [...input];
  const chunks = [...input].sort((a, b) => a.start - b.start);
  for (let k = chunks.length - 2; k >= 0; k -= 1) {
    const person = chunks[k]!;
    const title = chunks[k + 1]!;
    if (person.type !== 'PER' || tokens[person.end]?.text !== ',') continue;
    // The ordinal stands before the title's chunk ("3rd [Earl of Berkshire]") or opens it ("[1. Earl of Orford]").
    const ordinalBefore = title.start === person.end + 2 && ORDINAL.test(tokens[person.end + 1]?.text ?? '') && noble.test(tokens[title.start]!.text);
    const ordinalInside = title.start === person.end + 1 && ORDINAL.test(tokens[title.start]!.text) && noble.test(tokens[title.start + 1]?.text ?? '');
    if (!ordinalBefore && !ordinalInside) continue;
    chunks.splice(k, 2, { ...person, end: title.end });
  }
  return chunks;
}
