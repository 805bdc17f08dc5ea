/**
 * Counts the letters of each writing system in a text, the first evidence for
 * its language: many scripts settle the language on their own.
 */

/** ISO 15924 codes of the scripts told apart; 'Kana' is Hiragana and Katakana together. */
export const SCRIPTS = [
  'Latn', 'Cyrl', 'Arab', 'Grek', 'Armn', 'Geor', 'Hebr', 'Thaa', 'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu',
  'Knda', 'Mlym', 'Sinh', 'Thai', 'Laoo', 'Tibt', 'Mymr', 'Ethi', 'Khmr', 'Hang', 'Kana', 'Hani', 'Mong',
] as const;
export type Script = (typeof SCRIPTS)[number];

const MATCHERS: readonly (readonly [Script, RegExp])[] = SCRIPTS.map((script) => {
  if (script === 'Kana') return [script, /[\p{sc=Hiragana}\p{sc=Katakana}]/u] as const;
  return [script, new RegExp(`\\p{sc=${script}}`, 'u')] as const;
});
const LETTER = /\p{L}/u;
/** Per BMP code unit: 0 unknown yet, 1 not a letter or another script, 2 + index into SCRIPTS. */
const bmpScript = new Uint8Array(0x10000);

function scriptIndexOf(char: string): number {
  if (!LETTER.test(char)) return -1;
  for (let i = 0; i < MATCHERS.length; i += 1) if (MATCHERS[i]![1].test(char)) return i;
  return -1;
}

export interface ScriptProfile {
  /** Letters per script. */
  readonly counts: ReadonlyMap<Script, number>;
  /** All letters, including scripts not listed. */
  readonly letters: number;
  /** The script with the most letters, null without letters. */
  readonly dominant: Script | null;
}

export function scriptProfile(text: string): ScriptProfile {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    let index: number;
    if (char.length === 1) {
      let cached = bmpScript[code]!;
      if (cached === 0) {
        const found = scriptIndexOf(char);
        cached = found < 0 ? (LETTER.test(char) ? 255 : 1) : found + 2;
        bmpScript[code] = cached;
      }
      if (cached === 1) continue;
      letters += 1;
      if (cached === 255) continue;
      index = cached - 2;
    } else {
      index = scriptIndexOf(char);
      if (index < 0) continue;
      letters += 1;
    }
    const script = SCRIPTS[index]!;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let dominant: Script | null = null;
  for (const [script, count] of counts) if (dominant === null || count > counts.get(dominant)!) dominant = script;
  // Japanese mixes kanji with kana: the page is Japanese when kana are a real share of it.
  if (dominant === 'Hani' && (counts.get('Kana') ?? 0) >= 0.1 * counts.get('Hani')!) dominant = 'Kana';
  return { counts, letters, dominant };
}
