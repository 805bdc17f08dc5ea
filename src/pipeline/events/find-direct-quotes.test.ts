import { describe, expect, it } from 'vitest';
import { findDirectQuotes } from './find-direct-quotes.js';

const quoted = (text: string): string[] => findDirectQuotes(text, 0, text.length).map((quote) => quote.content.text);

describe('findDirectQuotes', () => {
  it('reads every quotation style the press uses, and mixed pairs', () => {
    expect(quoted('He said "we are ready to help them" and left.')).toEqual(['we are ready to help them']);
    expect(quoted('He said “we are ready to help them” and left.')).toEqual(['we are ready to help them']);
    expect(quoted('Он сказал: «мы готовы помочь им сейчас».')).toEqual(['мы готовы помочь им сейчас']);
    expect(quoted('Er sagte: „wir sind bereit zu helfen“.')).toEqual(['wir sind bereit zu helfen']);
    expect(quoted('Il a dit ‹ nous sommes prêts à aider ›.')).toEqual(['nous sommes prêts à aider']);
    expect(quoted('"This conflict must end as soon as possible,” he said.')).toEqual(['This conflict must end as soon as possible,']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quoted('Он заявил: «мы называем это „большой сделкой“ без сомнений».')).toEqual(['мы называем это „большой сделкой“ без сомнений']);
  });

  it('skips scare quotes and titles of fewer than four words', () => {
    expect(quoted('The plan aims at “lasting peace” and an “important element” of it.')).toEqual([]);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const [quote] = findDirectQuotes('and said "we hope the grounds will be paved for talks.', 0, 54);
    expect(quote).toMatchObject({ closed: false, content: { text: 'we hope the grounds will be paved for talks.' } });
  });
});
