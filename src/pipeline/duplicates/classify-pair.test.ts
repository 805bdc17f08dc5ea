import { describe, expect, it } from 'vitest';
import { findChangedFigures } from './changed-figures.js';
import { classifyPair } from './classify-pair.js';
import { matchWords } from './match-words.js';

const BODY = [
  'BINGOL, Turkey, March 13 (MNA) — A magnitude 6.1 earthquake struck Bingol province in eastern Turkey before dawn on Wednesday, killing at least 14 people and injuring 186, the country’s disaster agency said.',
  'The quake hit at 04:27 local time at a depth of about 10 kilometres, with its epicentre near the town of Karliova, the Disaster and Emergency Management Authority (AFAD) said.',
  'Bingol Governor Selim Karaduman told reporters that 52 buildings had collapsed, most of them in villages around Karliova, and that 37 people had been pulled alive from the rubble.',
  'Night-time temperatures in the mountainous province fell to minus 9 degrees Celsius. The Turkish Red Crescent said it had sent tents, blankets and mobile kitchens to the area.',
  'Dozens of aftershocks followed, the strongest measuring 4.8, and many residents of the provincial capital spent the rest of the night in cars and public parks.',
  'AFAD said more than 2,300 search and rescue personnel had been sent from 18 provinces, and the Interior Ministry closed schools in the province for a week.',
].join('\n');
const ADDED = 'Rescue teams from neighbouring Mus and Erzurum provinces joined the search in the afternoon, digging by hand through the remains of a collapsed mosque in Karliova.';

describe('classifyPair', () => {
  it('calls the same text with other whitespace, case and quotes exact', () => {
    const copy = `\n  ${BODY.replace(/ /g, '  ').replace(/’/g, "'")}\n\n`;
    expect(classifyPair({ text: BODY }, { text: copy })).toMatchObject({ relation: 'exact', jaccard: 1, containment: 1 });
  });

  it('calls a copy with another headline, boilerplate and an appended sentence a reprint', () => {
    const reprint = `Global Risk Monitor | Natural Disasters\nStrong quake in Bingol kills 14\n${BODY}\nMonitor note: Bingol was also hit in May 2003 by a magnitude 6.4 earthquake.\nJoin our mailing list`;
    const result = classifyPair({ text: BODY, title: 'Magnitude 6.1 earthquake kills at least 14' }, { text: reprint, title: 'Strong quake in Bingol kills 14' });
    expect(result.relation).toBe('reprint');
    expect(result.evidence.containment.aInB).toBe(1);
    expect(result.evidence.changedFigures).toEqual([]);
    expect(result.evidence.titleJaccard).toBeGreaterThan(0);
  });

  it('calls a version with two figures changed and a paragraph added an update, newer side from the dates', () => {
    const paragraphs = BODY.split('\n');
    paragraphs.splice(3, 0, ADDED);
    const updated = paragraphs.join('\n').replace('at least 14 people', 'at least 23 people').replace('injuring 186', 'injuring 312');
    const result = classifyPair({ text: updated, published: '2024-03-15T12:45:00+01:00' }, { text: BODY, published: '2024-03-13T09:05:00+03:00' });
    expect(result.relation).toBe('update');
    expect(result.jaccard).toBeGreaterThan(0.5);
    expect(result.jaccard).toBeLessThan(0.85);
    expect(result.evidence.newer).toBe('a');
    expect(result.evidence.changedFigures).toEqual([
      { from: '14', to: '23' },
      { from: '186', to: '312' },
    ]);
  });

  it('calls a version with only a paragraph inserted inside an update, and one with figures changed only an update too', () => {
    const paragraphs = BODY.split('\n');
    paragraphs.splice(2, 0, ADDED);
    const inserted = classifyPair({ text: BODY }, { text: paragraphs.join('\n') });
    expect(inserted).toMatchObject({ relation: 'update', evidence: { inserted: { side: 'b' }, rule: 'paragraph inserted inside shared text' } });
    expect(inserted.evidence.inserted.words).toBeGreaterThanOrEqual(20);
    expect(classifyPair({ text: BODY }, { text: BODY.replace('52 buildings', '61 buildings') }).relation).toBe('update');
  });

  it('calls a later copy that cut a middle paragraph a reprint, but an undated one an update', () => {
    const cut = BODY.split('\n').filter((_, i) => i !== 2).join('\n');
    expect(classifyPair({ text: BODY, published: '2024-03-13T09:05' }, { text: cut, published: '2024-03-13T11:00' })).toMatchObject({ relation: 'reprint', evidence: { rule: 'the later text cut a passage' } });
    expect(classifyPair({ text: BODY }, { text: cut }).relation).toBe('update');
  });

  it('calls an excerpt (the first third) a reprint: one side contained, differences only at the end', () => {
    const excerpt = BODY.split('\n').slice(0, 2).join('\n');
    const result = classifyPair({ text: BODY }, { text: excerpt });
    expect(result.jaccard).toBeLessThan(0.5);
    expect(result.containment).toBe(1);
    expect(result.relation).toBe('reprint');
  });

  it('calls another article on the same event different', () => {
    const other =
      'Rescuers in Bingol searched through the night for survivors after Wednesday’s earthquake, which officials said had killed 14 people. Governor Selim Karaduman said tents had been set up in Karliova and that schools would stay closed for a week while engineers inspected buildings.';
    expect(classifyPair({ text: BODY }, { text: other }).relation).toBe('different');
    expect(classifyPair({ text: '' }, { text: '' }).relation).toBe('different');
  });
});

describe('findChangedFigures', () => {
  it('finds figures replaced between the same words, and nothing for moved or added text', () => {
    expect(findChangedFigures(matchWords('killing at least 14 people and injuring 186, the agency'), matchWords('killing at least 23 people and injuring 312, the agency'))).toEqual([
      { from: '14', to: '23' },
      { from: '186', to: '312' },
    ]);
    expect(findChangedFigures(matchWords('visit www.4029tv.com for more'), matchWords('visit www.2dayblog.com for more'))).toEqual([]);
    expect(findChangedFigures(matchWords('at least 14 people died'), matchWords('at least 14 people died, and 3 more later'))).toEqual([]);
  });
});
