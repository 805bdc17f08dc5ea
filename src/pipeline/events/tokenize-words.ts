/**
 * Words and punctuation with offsets, as the entity tokenizer splits them (the same pattern: dotted
 * acronyms, words joined by apostrophes, hyphens and ZWNJ, any other visible character), without the
 * casing and sentence flags events do not use: it runs on every article, so it stays lean.
 */
export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** Letters or digits, not punctuation. */
  word: boolean;
}

/** Group 1 is punctuation; everything else is a word. */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐]|\p{Cf}+)[\p{L}\p{M}\p{N}]+)*|([^\s\p{L}\p{M}\p{N}\p{Cf}])/gu;

/**
 * @example tokenizeWords('Dr. Rouhani said').map((t) => t.text) // ['Dr', '.', 'Rouhani', 'said']
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[0];
    tokens.push({ text: value, start: match.index, end: match.index + value.length, word: match[1] === undefined });
  }
  return tokens;
}
