/** The roles a line of copied plain text can play. Every non-blank line gets exactly one. */
export type LineRole = 'unknown' | 'body' | 'title' | 'credit' | 'date' | 'caption' | 'byline' | 'boilerplate' | 'related';

export interface TextLine {
  /** 1-based line number in the decoded text. */
  number: number;
  /** The line with white space collapsed. */
  text: string;
  blank: boolean;
  role: LineRole;
  /** Why the role was given (shown by `newsloom show` for removed lines). */
  reason: string;
}

export function splitLines(text: string): TextLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => {
      const text = raw.replace(/[\s\u00a0\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
      return { number: index + 1, text, blank: text === '', role: 'unknown', reason: '' };
    });
}

export function assign(line: TextLine, role: LineRole, reason: string): void {
  line.role = role;
  line.reason = reason;
}

/** Non-blank lines still without a role. */
export function unassigned(lines: TextLine[]): TextLine[] {
  return lines.filter((line) => !line.blank && line.role === 'unknown');
}
