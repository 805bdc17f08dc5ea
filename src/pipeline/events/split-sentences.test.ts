import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, splitSentences } from './split-sentences.js';
import { tokenizeWords } from './tokenize-words.js';

const sentences = (text: string): string[] => splitSentences(text, tokenizeWords(text)).map((sentence) => text.slice(sentence.start, sentence.end));

describe('splitSentences', () => {
  it('ends a sentence at a stop followed by a space, keeping closing quotes with it', () => {
    expect(sentences('Putin spoke. Rouhani agreed! Did they? “We agree.” Done')).toEqual(['Putin spoke.', 'Rouhani agreed!', 'Did they?', '“We agree.”', 'Done']);
  });

  it('does not end at an abbreviation, a decimal number or a web address', () => {
    expect(sentences('Dr. Rouhani met Gen. Bagheri at 6.1 magnitude on presstv.ir today.')).toHaveLength(1);
  });

  it('ends at a paragraph break and at Arabic and Persian question marks', () => {
    expect(sentences('هل التقى الرئيسان؟ نعم\n\nالسطر الثاني')).toEqual(['هل التقى الرئيسان؟', 'نعم', 'السطر الثاني']);
  });

  it('cuts a run-on sentence at commas so no piece is longer than the limit', () => {
    const text = `${'word, '.repeat(400)}end.`;
    const pieces = splitSentences(text, tokenizeWords(text));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.endToken - piece.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(pieces.at(-1)?.end).toBe(text.length);
  });

  it('gives nothing for empty text', () => {
    expect(sentences('')).toEqual([]);
  });
});
