/** JSON.parse that declines with a plain, positioned reason instead of throwing. */

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses JSON text; on failure the reason names the line and column of the error.
 * @example parseJson('{"a" 1}') // { ok: false, reason: "malformed JSON at line 1, column 6: Expected ':' after property name" }
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: jsonErrorReason(text, error instanceof Error ? error.message : String(error)) };
  }
}

function jsonErrorReason(text: string, message: string): string {
  // V8 gives "… in JSON at position N" for some errors, and for others ("Unexpected token 'x', "<the input>" is
  // not valid JSON") no position but a copy of the input, which must not end up in a one-line reason.
  const given = /at position (\d+)/.exec(message);
  const offset = given ? Number(given[1]) : syntaxErrorOffset(text);
  const what = message
    .replace(/ at position \d+.*$/s, '')
    .replace(/ in JSON$/, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  if (offset === null) return `malformed JSON: ${what}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `malformed JSON at line ${line}, column ${column}: ${what}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first syntax error in text that JSON.parse rejected, found by a minimal
 * grammar walk (only run on failure, so its speed does not matter). Null if none is found.
 */
function syntaxErrorOffset(text: string): number | null {
  let i = 0;
  const stop = (): never => {
    throw new SyntaxPosition(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = (): void => {
    for (i += 1; i < text.length; i += 1) {
      const char = text[i]!;
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\\') i += 1;
      else if (char < ' ') stop();
    }
    stop();
  };
  const sequence = (close: string, member: () => void): void => {
    i += 1;
    space();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === close) {
        i += 1;
        return;
      }
      if (text[i] !== ',') stop();
      i += 1;
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      sequence('}', () => {
        space();
        if (text[i] !== '"') stop();
        string();
        space();
        if (text[i] !== ':') stop();
        i += 1;
        value();
      });
    } else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char !== undefined && /[-\d]/.test(char)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop();
      i = NUMBER.lastIndex;
    } else {
      // Walk as far as the literal matches, so "tru}" is reported at the "}".
      const literal = ['true', 'false', 'null'].find((word) => word[0] === char) ?? '';
      let matched = 0;
      while (matched < literal.length && text[i] === literal[matched]) {
        i += 1;
        matched += 1;
      }
      if (matched === 0 || matched < literal.length) stop();
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof SyntaxPosition) return error.offset;
    return null; // e.g. nesting deeper than the call stack: no position rather than a crash
  }
}

class SyntaxPosition {
  constructor(readonly offset: number) {}
}
