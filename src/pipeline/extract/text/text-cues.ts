/**
 * The words the plain-text cleaner looks for, merged from the language packs
 * of the document's candidate languages and compiled once per language set.
 * Phrases and text are compared in folded form (case, diacritics, Arabic-script
 * letter variants), so one spelling per phrase is enough.
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import { getLanguagePack } from '../../../lang/registry.js';

export interface TextCues {
  /** Lines that are page chrome on their own: "Share this article", "Join our mailing list". Whole line. */
  boilerplate: RegExp[];
  /** The same phrases of two words or more, found anywhere: footers wrap them in sentences ("Subscribe to our newsletter, read it every morning."). */
  boilerplateInside: RegExp[];
  /** Headers of related-article lists: "Read more:", "Related", "See also". Whole line. */
  relatedHeader: RegExp[];
  /** Agency end-of-story markers: "End Item", "(end)". Whole line. */
  endMarker: RegExp[];
  /** Photo captions and credits: "(Photo by", "File photo". Anywhere. */
  caption: RegExp[];
  /** The writer's own evaluation: "which suggests that", "for some reason". Anywhere. */
  opinion: RegExp[];
  /** Attribution to a source: "said", "according to". Anywhere. */
  attribution: RegExp[];
  /** Byline openers: "By", "Von", "Par", "بقلم". At the start of a short line. */
  byline: RegExp[];
  /** News agencies the packs know, folded ("irna", "reuters", "وكالة الأنباء"). */
  agencies: Set<string>;
}

/** Trailing punctuation a header or chrome line may carry ("Read more:", "Share »"); phrase and line are both compared without it. */
const TRAILING_MARKS = /[\s:.!|»>•·-]+$/u;
const wholeLineForm = (text: string) => foldForMatch(text).replace(TRAILING_MARKS, '').trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words a whole-line phrase may be followed by and still match ("Follow us on" + "Twitter and Facebook"). */
const MAX_EXTRA_WORDS = 3;

function wholeLine(phrases: string[]): RegExp[] {
  return phrases.map((phrase) => {
    const folded = escape(wholeLineForm(phrase));
    const extra = folded.includes(' ') ? String.raw`(?:\s+\S+){0,${MAX_EXTRA_WORDS}}` : '';
    return new RegExp(String.raw`^${folded}${extra}$`, 'u');
  });
}

function anywhere(phrases: string[]): RegExp[] {
  return phrases.map((phrase) => new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${escape(foldForMatch(phrase).trim())}(?![\p{L}\p{N}])`, 'u'));
}

const cache = new Map<string, TextCues>();

/** English chrome appears on sites in every language, so its cues always join the set. */
export function textCuesFor(languages: string[]): TextCues {
  const codes = [...new Set([...languages, 'en'])];
  const key = codes.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const packs = codes.map((code) => getLanguagePack(code)).filter((pack) => pack !== null);
  const collect = (pick: (pack: (typeof packs)[number]) => readonly string[]) => [...new Set(packs.flatMap((pack) => [...pick(pack)]))];
  const cues: TextCues = {
    boilerplate: wholeLine(collect((p) => p.boilerplate)),
    boilerplateInside: anywhere(collect((p) => p.boilerplate).filter((phrase) => phrase.trim().includes(' '))),
    relatedHeader: wholeLine(collect((p) => p.cues.relatedHeaders)),
    endMarker: wholeLine(collect((p) => p.cues.endMarkers)),
    caption: anywhere(collect((p) => p.cues.captions)),
    opinion: anywhere(collect((p) => p.cues.hedges)),
    attribution: anywhere(collect((p) => p.cues.attribution)),
    byline: collect((p) => p.cues.bylines).map((phrase) => new RegExp(String.raw`^${escape(foldForMatch(phrase).trim())}(?![\p{L}\p{N}])`, 'u')),
    agencies: new Set(collect((p) => p.cues.agencies).map((name) => foldForMatch(name).trim())),
  };
  cache.set(key, cues);
  return cues;
}

export function matchesWhole(patterns: RegExp[], text: string): RegExp | null {
  const folded = wholeLineForm(text);
  return patterns.find((pattern) => pattern.test(folded)) ?? null;
}

export function matchesAnywhere(patterns: RegExp[], text: string): number {
  const folded = foldForMatch(text);
  return patterns.filter((pattern) => pattern.test(folded)).length;
}
