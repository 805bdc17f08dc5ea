/**
 * The recogniser's steps over one tokenised text, shared by the article API
 * and the token-level API. Order matters where noted.
 */
import type { Token } from '../tokenize.js';
import { caselessAgencySpans } from './agency-spans.js';
import { caselessAliases } from './caseless-aliases.js';
import { caselessCueSpans } from './caseless-spans.js';
import { repeatCaselessNames } from './caseless-repetition.js';
import { capitalisedRuns } from './capitalised-runs.js';
import { buildContext, type RecognitionContext } from './context.js';
import { dropCommonNouns } from './common-nouns.js';
import { corefer } from './corefer.js';
import { givenNameSpans } from './given-name-spans.js';
import { speakerNameSpans } from './speaker-names.js';
import { lineageNameSpans } from './lineage-names.js';
import { caselessPlaceSpans, lowerCaseDemonymSpans, notableSpans } from './ngram-spans.js';
import { contains, resolveOverlaps, type Span } from './span.js';
import { widenStateNames } from './state-names.js';
import { unlinkStrayTowns } from './stray-towns.js';
import { typeRun } from './type-runs.js';

export interface RecognizedSpans {
  readonly context: RecognitionContext;
  readonly spans: readonly Span[];
}

export interface RecognizeSpansOptions {
  /** Keep untyped one-word names that open a sentence (see corefer.ts). */
  readonly keepUntypedOpeners?: boolean;
}

export function recognizeSpans(text: string, tokens: readonly Token[], language: string | null, options: RecognizeSpansOptions = {}): RecognizedSpans {
  const context = buildContext(text, tokens, language);
  // 1. Candidates from every source; notable names outrank everything (strength 3) when they overlap.
  const found: Span[] = [];
  if (context.caseless) found.push(...caselessCueSpans(context), ...lineageNameSpans(context), ...givenNameSpans(context), ...speakerNameSpans(context), ...widenStateNames(context, caselessPlaceSpans(context)));
  else {
    for (const run of capitalisedRuns(context)) found.push(...typeRun(context, run));
    found.push(...lowerCaseDemonymSpans(context));
  }
  // A notable name or an agency inside a longer name typed by a cue word is part of it ("… Cooperation in Europe",
  // "وكالة الأناضول").
  const listed = [...notableSpans(context), ...(context.caseless ? caselessAgencySpans(context) : [])];
  const notable = listed.filter((span) => !found.some((other) => other.strength >= 2 && contains(other, span) && other.charEnd - other.charStart > span.charEnd - span.charStart));
  const candidates = [...notable, ...found];
  // 2. One span per stretch of text, then (caseless only) the names found so far found again everywhere, and the
  // aliases an alias marker gives them.
  let spans = resolveOverlaps(candidates);
  if (context.caseless) spans = caselessAliases(context, repeatCaselessNames(context, spans));
  // 3. What only capitalisation typed goes if it is common nouns (German capitalises them all), before
  // the document's repetition can spread it ("Schweres Erdbeben" … "Erdbeben" as a surname).
  spans = dropCommonNouns(context, spans);
  // 4. Last, because it reads every span: surnames, acronyms, typing by repetition.
  // 5. With every place typed, a small town abroad among places of one other country loses its link.
  return { context, spans: unlinkStrayTowns(corefer(context, spans, options.keepUntypedOpeners ?? false)) };
}
