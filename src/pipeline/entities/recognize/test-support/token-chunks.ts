/** Token-level recognition of a space-tokenised line, as WikiANN gives it, for compact test expectations. */
import { recognizeTokens } from '../index.js';

/** The tagged chunks of a space-tokenised line as "TYPE:words". */
export function chunks(line: string, language: string): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  recognizeTokens(words, language).forEach((tag, i) => {
    if (tag.startsWith('B-')) out.push(`${tag.slice(2)}:${words[i]}`);
    else if (tag.startsWith('I-')) out[out.length - 1] += ` ${words[i]}`;
  });
  return out;
}
