/**
 * Quotes with their speakers. A direct quotation takes the verb of saying written right after it
 * ("…," Rudenko told journalists; «…», — заявил Лавров) or right before it (He said, “…”; وقال: «…»);
 * reported speech is a verb of saying with a known speaker and the clause it reports ("X said that …",
 * "…, Lavrov said Saturday", "X … olduğunu söyledi"), or a source marker ("according to X", «по словам X»).
 * A quotation no verb attributes keeps a null speaker.
 */
import type { EventParticipant, Quote, TextSpan } from '../../core/event.js';
import { tokenIndexAt, type ArticleView } from './article-view.js';
import { findDirectQuotes, type QuotedSpan } from './find-direct-quotes.js';
import type { SpeechAct } from './sentence-events.js';
import type { Sentence } from './split-sentences.js';

/** A source named by "according to X" and the sentence it is in. */
export interface SourceMention {
  marker: { start: number; end: number };
  source: EventParticipant;
  sentence: Sentence;
}

/** Words between a verb of saying and the quotation it introduces ("said, “", "referred to the conflict as “"). */
const BEFORE_REACH_WORDS = 4;
/** Words between a quotation and the verb after it, unless the quotation ends in a comma and the sentence goes on ("…,” while …, Khamenei said"). */
const AFTER_REACH_WORDS = 6;
/** Tokens after a verb (or its speaker) within which "that" opens what was said ("said on Tuesday that"). */
const COMPLEMENTIZER_REACH_TOKENS = 5;
/** Characters after a source's name that may still belong to its phrase ("'s press service,"). */
const SOURCE_PHRASE_CHARS = 40;
/** Shortest reported clause worth keeping. */
const MIN_REPORTED_WORDS = 3;
/** Title words between the comma and the speaker of an attribution that closes a sentence ("…, the Russian Foreign Minister Sergei Lavrov said"). */
const ATTRIBUTION_TITLE_WORDS = 4;

const WORD = /[\p{L}\p{N}]+/gu;
const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

function span(text: string, start: number, end: number): TextSpan {
  while (start < end && /[\s,،:;—–-]/u.test(text[start]!)) start += 1;
  while (end > start && /[\s,،:;.]/u.test(text[end - 1]!)) end -= 1;
  return { text: text.slice(start, end), start, end };
}

const actStart = (view: ArticleView, act: SpeechAct): number => view.tokens[act.trigger.start]!.start;
const actEnd = (view: ArticleView, act: SpeechAct): number => view.tokens[act.trigger.end - 1]!.end;

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? sentences.find((sentence) => sentence.start >= offset);
}

/** The verb of saying that attributes a direct quotation, after it or before it. */
function attributionOf(view: ArticleView, quote: QuotedSpan, acts: readonly SpeechAct[]): SpeechAct | null {
  const { text, sentences } = view;
  const after = sentenceAt(sentences, Math.max(quote.close - 1, 0));
  const continues = /[,،]$/u.test(quote.content.text) || /^[\s]*[,،—–-]/u.test(text.slice(quote.close, quote.close + 3));
  const following = acts.find((act) => actStart(view, act) >= quote.close && after !== undefined && actStart(view, act) < after.end);
  if (following && quote.closed) {
    const between = text.slice(quote.close, actStart(view, following));
    if (!/["“”«»„]/u.test(between) && (continues || countWords(between) <= AFTER_REACH_WORDS)) return following;
  }
  const preceding = [...acts].reverse().find((act) => actEnd(view, act) <= quote.open);
  if (preceding) {
    const between = text.slice(actEnd(view, preceding), quote.open);
    if (!/[.!?؟\n"“”«»]/u.test(between) && countWords(between) <= BEFORE_REACH_WORDS) return preceding;
  }
  return null;
}

function directQuotes(view: ArticleView, acts: readonly SpeechAct[], used: Set<SpeechAct>): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = view.text.split('\n\n');
  let offset = 0;
  for (const paragraph of paragraphs) {
    for (const quote of findDirectQuotes(view.text, offset, offset + paragraph.length)) {
      const act = attributionOf(view, quote, acts);
      if (act) used.add(act);
      const cue = act ? { text: view.text.slice(actStart(view, act), actEnd(view, act)), start: actStart(view, act), end: actEnd(view, act) } : null;
      const speaker = act?.speaker ?? null;
      const start = Math.min(quote.open, cue?.start ?? quote.open, speaker?.span.start ?? quote.open);
      const end = Math.max(quote.close, cue?.end ?? quote.close, speaker?.span.end ?? quote.close);
      const confidence = (speaker ? (speaker.link === 'name' ? 0.9 : 0.75) : 0.5) - (quote.closed ? 0 : 0.2);
      quotes.push({ kind: 'direct', content: quote.content, speaker, cue, sentence: { text: view.text.slice(start, end), start, end }, confidence });
    }
    offset += paragraph.length + 2;
  }
  return quotes;
}

/** The clause a verb of saying reports: after it ("said that …"), or before an attribution that ends the sentence ("…, Lavrov said"). */
function reportedContent(view: ArticleView, act: SpeechAct, sentence: Sentence): TextSpan | null {
  const { text } = view;
  const verbStart = actStart(view, act);
  const verbEnd = actEnd(view, act);
  const speakerStart = act.speaker && act.speaker.span.start >= sentence.start ? act.speaker.span.start : verbStart;
  const attributionStart = Math.min(speakerStart, verbStart);
  if (view.lexicon.vocabulary.contentBeforeSpeechVerb) {
    const from = act.speaker && act.speaker.span.end <= verbStart && act.speaker.span.start >= sentence.start ? act.speaker.span.end : sentence.start;
    return span(text, from, verbStart);
  }
  // "…, the Russian Foreign Minister Sergei Lavrov said Saturday": the attribution follows the reported clause.
  const comma = Math.max(text.lastIndexOf(',', attributionStart - 1), text.lastIndexOf('،', attributionStart - 1));
  const inverted = comma > sentence.start && countWords(text.slice(comma, attributionStart)) <= ATTRIBUTION_TITLE_WORDS && !view.markerAt.get(act.trigger.end)?.value.includes('complementizer');
  const wordsBefore = countWords(text.slice(sentence.start, comma));
  if (inverted && wordsBefore >= MIN_REPORTED_WORDS && wordsBefore >= countWords(text.slice(verbEnd, sentence.end))) return span(text, sentence.start, comma);
  // What was said starts after the verb, or after a speaker written after it ("وقال السفير جلالي: إن …").
  let from = act.speaker && act.speaker.span.start >= verbEnd && act.speaker.span.end <= sentence.end ? act.speaker.span.end : verbEnd;
  // … and after "that" when it comes within a few words ("said on Tuesday that …").
  for (let t = tokenIndexAt(view.tokens, from); t < Math.min(sentence.endToken, tokenIndexAt(view.tokens, from) + COMPLEMENTIZER_REACH_TOKENS); t += 1) {
    const marker = view.markerAt.get(t);
    if (marker?.value.includes('complementizer')) {
      from = view.tokens[marker.end - 1]!.end;
      break;
    }
  }
  return span(text, from, sentence.end);
}

function reportedQuotes(view: ArticleView, acts: readonly SpeechAct[], used: ReadonlySet<SpeechAct>, direct: readonly Quote[]): Quote[] {
  const quotes: Quote[] = [];
  for (const act of acts) {
    if (used.has(act) || !act.speaker) continue;
    const sentence = sentenceAt(view.sentences, actStart(view, act));
    if (!sentence) continue;
    const content = reportedContent(view, act, sentence);
    if (!content || countWords(content.text) < MIN_REPORTED_WORDS) continue;
    if (direct.some((quote) => quote.content.start < content.end && content.start < quote.content.end)) continue;
    const cue = { text: view.text.slice(actStart(view, act), actEnd(view, act)), start: actStart(view, act), end: actEnd(view, act) };
    const confidence = act.speaker.link === 'name' ? 0.7 : 0.55;
    quotes.push({ kind: 'reported', content, speaker: act.speaker, cue, sentence: { text: view.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end }, confidence });
  }
  return quotes;
}

function sourcedQuotes(view: ArticleView, sources: readonly SourceMention[]): Quote[] {
  return sources.flatMap(({ marker, source, sentence }): Quote[] => {
    const { text } = view;
    // "According to X, …" reports what follows X; "…, according to X" what precedes the marker.
    const leading = countWords(text.slice(sentence.start, marker.start)) <= 1;
    // "According to Aliyev's press service, the two leaders agreed…": what was said starts after the source's phrase.
    const comma = text.slice(source.span.end, Math.min(sentence.end, source.span.end + SOURCE_PHRASE_CHARS)).search(/[,،]/u);
    const after = comma >= 0 ? source.span.end + comma + 1 : source.span.end;
    const content = leading ? span(text, after, sentence.end) : span(text, sentence.start, marker.start);
    if (countWords(content.text) < MIN_REPORTED_WORDS) return [];
    const cue = { text: text.slice(marker.start, marker.end), start: marker.start, end: marker.end };
    return [{ kind: 'reported', content, speaker: source, cue, sentence: { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end }, confidence: 0.7 }];
  });
}

/**
 * Direct quotations, reported speech and sourced statements of an article, in text order.
 */
export function attributeQuotes(view: ArticleView, acts: readonly SpeechAct[], sources: readonly SourceMention[]): Quote[] {
  const used = new Set<SpeechAct>();
  const direct = directQuotes(view, acts, used);
  const quotes = [...direct, ...reportedQuotes(view, acts, used, direct), ...sourcedQuotes(view, sources)];
  return quotes.sort((a, b) => a.content.start - b.content.start);
}
