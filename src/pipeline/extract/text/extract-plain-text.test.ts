import { describe, expect, it } from 'vitest';
import { extractPlainText } from './extract-plain-text.js';
import { textCuesFor } from './text-cues.js';

const options = { cues: textCuesFor(['en']), languages: ['en'] };
const PROSE = 'The foreign ministers of both countries signed the agreement in the capital on Tuesday after two days of talks.';

describe('extractPlainText', () => {
  it('returns nothing for empty or blank text', () => {
    expect(extractPlainText('', options).paragraphs).toEqual([]);
    expect(extractPlainText('\n\n   \n', options).paragraphs).toEqual([]);
  });

  it('keeps paragraphs that follow a "Read more:" header once prose resumes', () => {
    const text = [PROSE, '', 'Read more:', '', 'Ministers meet again next month', '', `${PROSE} Officials said more talks were planned.`].join('\n');
    const result = extractPlainText(text, options);
    expect(result.relatedLinks).toEqual([{ text: 'Ministers meet again next month' }]);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.removed.map((r) => r.reason)).toEqual(['related-articles header', 'related-article link']);
  });

  it('reads a credit line only when the acronym stands for an agency name', () => {
    const credited = extractPlainText(['Ministers sign transit deal', '', 'TASS - Russian News Agency', '', PROSE].join('\n'), options);
    expect(credited.credit).toBe('TASS');
    const label = extractPlainText(['Weapons of Mass Destruction (WMD)', '', 'Ministers sign transit deal', '', PROSE].join('\n'), options);
    expect(label.credit).toBeNull();
    expect(label.title).toBe('Ministers sign transit deal');
  });

  it('marks a closing paragraph with several evaluative markers and no attribution as opinion', () => {
    const opinion = 'The group has failed again, which suggests that for some reason some countries definitely prefer the conflict to go on.';
    const result = extractPlainText([PROSE, '', opinion].join('\n'), options);
    expect(result.opinionParagraphs).toEqual([1]);
    const reported = extractPlainText([PROSE, '', `${opinion.slice(0, -1)}, the minister said.`].join('\n'), options);
    expect(reported.opinionParagraphs).toEqual([]);
  });

  it('stays bounded on huge, single-line and replacement-character input', () => {
    const huge = Array.from({ length: 60_000 }, (_, i) => (i % 7 === 0 ? '' : `(${i}) ${PROSE}`)).join('\n');
    expect(extractPlainText(huge, options).paragraphs.length).toBeGreaterThan(50_000);
    expect(extractPlainText(PROSE.repeat(20_000), options).paragraphs).toHaveLength(1);
    const mangled = `\ufffd\ufffd ${PROSE} \ufffd\n\n\ufffd\ufffd\ufffd`;
    expect(extractPlainText(mangled, options).paragraphs[0]).toContain('foreign ministers');
  });

  it('handles text of only names or only numbers without inventing structure', () => {
    const names = extractPlainText('Hassan Rouhani\nVladimir Putin\nIlham Aliyev', options);
    expect(names.paragraphs.length + names.removed.length + (names.title ? 1 : 0)).toBe(3);
    const numbers = extractPlainText('1,000\n35,000\n800,000', options);
    expect(numbers.dateline).toBeNull();
    expect(numbers.credit).toBeNull();
  });
});
