import { describe, expect, it } from 'vitest';
import { PreparedText } from './classify-pair.js';
import { findOrigin } from './find-origin.js';

const BODY = [
  'BINGOL, Turkey, March 13 (MNA) — A magnitude 6.1 earthquake struck Bingol province in eastern Turkey before dawn on Wednesday, killing at least 14 people and injuring 186, the country’s disaster agency said.',
  'The quake hit at 04:27 local time at a depth of about 10 kilometres, with its epicentre near the town of Karliova, the Disaster and Emergency Management Authority (AFAD) said.',
  'Bingol Governor Selim Karaduman told reporters that 52 buildings had collapsed, most of them in villages around Karliova, and that 37 people had been pulled alive from the rubble.',
].join('\n');
const UNRELATED =
  'The Bundestag passed the federal budget on Friday after a four-day debate in which the opposition accused the coalition of hiding the true cost of its energy subsidies and defence spending from voters.';

const prepared = (text: string, published?: string): PreparedText => new PreparedText({ text, published: published ?? null });

describe('findOrigin', () => {
  it('finds an exact copy', () => {
    const match = findOrigin(prepared(BODY), [{ id: 'wire', text: prepared(BODY.toUpperCase()), order: 0 }]);
    expect(match).toMatchObject({ originId: 'wire', relation: 'exact', jaccard: 1 });
  });

  it('makes the earliest published copy the origin, whatever the candidate order', () => {
    const candidates = [
      { id: 'reprint', text: prepared(BODY, '2024-03-13T11:00:00Z'), order: 0 },
      { id: 'wire', text: prepared(BODY, '2024-03-13T06:00:00Z'), order: 1 },
      { id: 'undated', text: prepared(BODY), order: 2 },
      { id: 'other', text: prepared(UNRELATED, '2024-03-12T00:00:00Z'), order: 3 },
    ];
    expect(findOrigin(prepared(BODY, '2024-03-14T00:00:00Z'), candidates)?.originId).toBe('wire');
    expect(findOrigin(prepared(BODY), [...candidates].reverse())?.originId).toBe('wire');
  });

  it('breaks ties of time (or no time) by clustering order', () => {
    const candidates = [
      { id: 'second', text: prepared(BODY), order: 5 },
      { id: 'first', text: prepared(BODY), order: 2 },
    ];
    expect(findOrigin(prepared(BODY), candidates)?.originId).toBe('first');
  });

  it('returns null when no candidate is a copy', () => {
    expect(findOrigin(prepared(BODY), [{ id: 'other', text: prepared(UNRELATED), order: 0 }])).toBeNull();
    expect(findOrigin(prepared(BODY), [])).toBeNull();
  });
});
