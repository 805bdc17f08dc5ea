import type { Token } from '../tokenize.js';
import { recognizeSpans } from './recognize-spans.js';
import { applyWikiannConventions, spanChunk, type TokenChunk } from './wikiann-conventions.js';

export type IobTag = 'B-PER' | 'I-PER' | 'B-ORG' | 'I-ORG' | 'B-LOC' | 'I-LOC' | 'O';

/** Other names go to the conventions as MISC, which may type them by their neighbours; untyped ones are dropped there. */
const TAG = { person: 'PER', place: 'LOC', organization: 'ORG', other: 'MISC' } as const;
const SENTENCE_END = /^[.!?؟:;]$/u;

/** Builds tokens over text made by joining `words` with spaces, keeping the caller's tokenisation. */
function tokensOf(words: readonly string[]): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  let text = '';
  let sentenceStart = true;
  for (const word of words) {
    if (text) text += ' ';
    const start = text.length;
    text += word;
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const cased = word.match(/[\p{Lu}\p{Ll}]/gu) ?? [];
    const upper = cased.filter((c) => /\p{Lu}/u.test(c)).length;
    tokens.push({
      text: word,
      start,
      end: text.length,
      word: isWord,
      capitalized: isWord && /^\P{L}*\p{Lu}/u.test(word),
      allCaps: isWord && upper >= 2 && upper === cased.length,
      sentenceStart: isWord && sentenceStart,
    });
    if (isWord) sentenceStart = false;
    else if (SENTENCE_END.test(word)) sentenceStart = true;
  }
  return { text, tokens };
}

/**
 * IOB2 tags for pre-tokenised text (one sentence), as WikiANN scores them:
 * place → LOC, person → PER, organisation → ORG; other names and nationality
 * adjectives → O. Boundaries follow WikiANN's conventions (wikiann-conventions.ts).
 * @example recognizeTokens(['Putin', 'visited', 'Tehran'], 'en') // ['B-PER', 'O', 'B-LOC']
 */
export function recognizeTokens(words: string[], language: string): IobTag[] {
  const { text, tokens } = tokensOf(words);
  const tags: IobTag[] = words.map(() => 'O');
  const { spans } = recognizeSpans(text, tokens, language, { keepUntypedOpeners: true });
  const chunks: TokenChunk[] = [];
  for (const span of spans) {
    if (span.demonym) continue;
    const chunk = spanChunk(span, tokens, TAG[span.type]);
    if (chunk) chunks.push(chunk);
  }
  for (const chunk of applyWikiannConventions(chunks, tokens, language)) {
    for (let i = chunk.start; i < chunk.end; i += 1) tags[i] = `${i === chunk.start ? 'B' : 'I'}-${chunk.type}` as IobTag;
  }
  return tags;
}
