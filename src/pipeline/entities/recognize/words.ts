/**
 * Tokens prepared for matching: folded, with the clitics joined to them
 * stripped ("l'Iran", "Iran's", "Erdoğan'ın", "وروسيا", "بالايراني"), each
 * stripped form keeping its offsets in the original text.
 */
import { foldWithOffsets } from '../../../lang/match-fold.js';
import type { Token } from '../tokenize.js';
import type { Resources } from './resources.js';

/** Words longer than this are never names (URLs, hashes, run-together garbage); they still split runs. */
export const MAX_WORD_LENGTH = 64;

export interface Form {
  /** Folded text of the form. */
  readonly folded: string;
  /** Offsets of the form in the original text. */
  readonly start: number;
  readonly end: number;
}

export interface Word {
  readonly token: Token;
  /** A word token short enough to be a name. */
  readonly isWord: boolean;
  /** Folded core (clitics of cased scripts stripped; the whole token in Arabic script). */
  readonly folded: string;
  /** The core first, then forms with more Arabic-script clitics stripped. */
  readonly forms: readonly Form[];
  /** The core starts with a capital letter. */
  readonly capitalized: boolean;
  readonly allCaps: boolean;
  /** A possessive or case suffix was stripped ("Iran's", "Ankara'da"): a name ends here. */
  readonly suffixed: boolean;
  /** The token, or its core, is a stopword. */
  readonly stop: boolean;
  /** The token is written in a script without case. */
  readonly caseless: boolean;
}

/** Folded forms of words seen so far: news repeats its words, and folding is the costliest step per token. */
const FOLD_CACHE_LIMIT = 100_000;
const foldCache = new Map<string, string>();

function foldWord(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    folded = foldWithOffsets(text).text;
    foldCache.set(text, folded);
  }
  return folded;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const APOSTROPHE = /['’]/u;
const LEADING_MARKUP = /^[*#]+(?=\p{L})/u;

/** Stripped forms of an Arabic-script word, least stripped first, each at least three letters long. */
function arabicForms(folded: string, offsets: Int32Array, end: number): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>([folded]);
  const push = (cut: number, rest = folded.slice(cut)): void => {
    if (seen.has(rest) || [...rest].length < 3) return;
    seen.add(rest);
    forms.push({ folded: rest, start: offsets[cut] ?? 0, end });
  };
  for (const conjunction of CONJUNCTIONS) {
    if (!folded.startsWith(conjunction)) continue;
    for (const preposition of PREPOSITIONS) {
      const cut = conjunction.length + preposition.length;
      if (!folded.startsWith(preposition, conjunction.length)) continue;
      // ل + ال is written لل: "للرئيس" is "ل" + "الرئيس", so the form with the article is restored
      // ("للأمم المتحدة" reads "الأمم المتحدة"), starting at the article's own ل; then the bare word.
      if (preposition === 'ل' && folded.startsWith('ل', cut)) {
        push(cut, `ا${folded.slice(cut)}`);
        push(cut + 1);
      } else push(cut);
      if (folded.startsWith('ال', cut)) push(cut + 2);
    }
  }
  return forms;
}

interface Core {
  form: Form;
  suffixed: boolean;
  coreText: string;
}

/** Strips apostrophe clitics of cased scripts: a lower-case elision before ("l'", "dell'"), a lower-case suffix after ("'s", "'ın"). */
function casedCore(token: Token): Core {
  let start = token.start;
  let end = token.end;
  let text = token.text;
  let suffixed = false;
  // "**For", "*The": wiki list markup glued to the word is no part of it.
  const markup = LEADING_MARKUP.exec(text)?.[0];
  if (markup) {
    start += markup.length;
    text = text.slice(markup.length);
  }
  if (APOSTROPHE.test(text)) {
    const parts = text.split(APOSTROPHE);
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && first.length <= 4 && first === first.toLowerCase() && /\p{Lu}/u.test(parts[1] ?? '')) {
      start += first.length + 1;
      text = text.slice(first.length + 1);
    }
    const rest = text.split(APOSTROPHE);
    const tail = rest[rest.length - 1] ?? '';
    if (rest.length >= 2 && tail.length <= 5 && tail === tail.toLowerCase() && last === tail) {
      end -= tail.length + 1;
      text = text.slice(0, text.length - tail.length - 1);
      suffixed = true;
    }
  }
  const folded = foldWord(text);
  return { form: { folded, start, end }, suffixed, coreText: text };
}

/** Final alif maqsura and yeh, which folding makes one letter ("على" on, "علي" Ali). */
const ALIF_MAQSURA_END = /ى$/u;
const YEH_END = /ي$/u;

export function prepareWords(tokens: readonly Token[], resources: Resources): Word[] {
  let maqsuraFolds: ReadonlySet<string> | undefined;
  // Folding makes "علي" (Ali) and "على" (on) one word. A text that writes the stopword with its final ى somewhere
  // tells the two apart, so there the yeh spelling is a name, no stopword; a text that never does may write "على"
  // as "علي", and every spelling stays a stopword.
  const spelledApart = (text: string, folded: string): boolean => {
    if (!YEH_END.test(text)) return false;
    maqsuraFolds ??= new Set(tokens.filter((token) => ALIF_MAQSURA_END.test(token.text)).map((token) => foldWithOffsets(token.text).text));
    return maqsuraFolds.has(folded);
  };
  return tokens.map((token) => prepareWord(token, resources, spelledApart));
}

function prepareWord(token: Token, resources: Resources, spelledApart: (text: string, folded: string) => boolean): Word {
  const isWord = token.word && token.text.length <= MAX_WORD_LENGTH;
  if (!isWord) {
    const folded = token.word ? '' : token.text;
    return { token, isWord, folded, forms: [], capitalized: false, allCaps: false, suffixed: false, stop: false, caseless: false };
  }
  if (ARABIC_SCRIPT.test(token.text)) {
    const { text: folded, offsets } = foldWithOffsets(token.text);
    const absolute = Int32Array.from(offsets, (offset) => offset + token.start);
    const core: Form = { folded, start: token.start, end: token.end };
    const forms = [core, ...arabicForms(folded, absolute, token.end)];
    const stop = resources.stopwords.has(folded) && !spelledApart(token.text, folded);
    return { token, isWord, folded, forms, capitalized: false, allCaps: false, suffixed: false, stop, caseless: true };
  }
  const { form, suffixed, coreText } = casedCore(token);
  const caseless = coreText.toLowerCase() === coreText.toUpperCase();
  // "al-Assad", "el-Sisi": a lower-case particle joined by a hyphen to a capitalised name.
  const particle = /^(\p{Ll}{1,4})[-‐]\p{Lu}/u.exec(coreText)?.[1];
  // "L'acteur", "D'après": a capital elided article before a lower-case word opens a sentence, not a name.
  const elidedLower = resources.cliticPrefixes.length > 0 && /^[LD]['’]\p{Ll}/u.test(coreText);
  const capitalized = !elidedLower && (/^\P{L}*\p{Lu}/u.test(coreText) || (particle !== undefined && (resources.particles.has(particle) || resources.particles.has(`${particle}-`))));
  const stop = resources.stopwords.has(form.folded) || (coreText !== token.text && resources.stopwords.has(foldWord(token.text)));
  return { token, isWord, folded: form.folded, forms: [form], capitalized, allCaps: token.allCaps, suffixed, stop, caseless };
}
