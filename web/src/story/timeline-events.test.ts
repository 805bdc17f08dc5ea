import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../api/types.js';
import { timelineRows } from './timeline-events.js';

function event(fields: Partial<TimelineEvent>): TimelineEvent {
  return { id: 'e', type: 'statement', subtype: null, date: null, dateConflicts: [], actors: [], targets: [], places: [], sources: [], languages: [], figureConflicts: [], reports: [], ...fields };
}

const report = (articleId: string, fields: Partial<TimelineEvent['reports'][number]> = {}): TimelineEvent['reports'][number] => ({
  articleId,
  outlet: 'IRNA',
  language: 'en',
  copyOf: null,
  date: '2020-10-10',
  dateText: null,
  sentence: `sentence of ${articleId}`,
  ...fields,
});

describe('timelineRows', () => {
  it('sorts by date, undated events last in their given order', () => {
    const rows = timelineRows([event({ id: 'a' }), event({ id: 'b', date: '2020-10-10' }), event({ id: 'c', date: '2020-09-27' }), event({ id: 'd' })]);
    expect(rows.map((row) => row.key)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('reads the kind, the lead sentence of an original report, parties and corroboration', () => {
    const [row] = timelineRows([
      event({
        id: 'call',
        type: 'consult',
        subtype: 'phone-call',
        date: '2020-10-10',
        actors: [{ id: 'person:1', name: 'Hassan Rouhani' }],
        targets: [
          { id: 'person:2', name: 'Vladimir Putin' },
          { id: 'person:1', name: 'Hassan Rouhani' },
        ],
        places: [{ id: 'name:moscow', name: 'Moscow' }],
        sources: ['IRNA', 'Iran Press', 'Al Alam'],
        languages: ['en', 'ar'],
        reports: [report('copy', { copyOf: 'x', dateText: 'Saturday' }), report('origin', { dateText: 'on Saturday' })],
      }),
    ]);
    expect(row!.kind).toBe('consult: phone call');
    expect(row!.lead?.articleId).toBe('origin');
    expect(row!.dateText).toBe('Saturday');
    expect(row!.parties).toEqual([
      { entityId: 'person:1', name: 'Hassan Rouhani', type: 'person', role: 'actor' },
      { entityId: 'person:2', name: 'Vladimir Putin', type: 'person', role: 'target' },
      { entityId: null, name: 'Moscow', type: 'place', role: 'place' },
    ]);
    expect([row!.sources.length, row!.languages]).toEqual([3, ['en', 'ar']]);
  });

  it('spells out disagreements on dates and figures', () => {
    const [row] = timelineRows([
      event({
        date: '2024-03-13',
        dateConflicts: [
          { date: '2024-03-13', articles: ['a', 'b'] },
          { date: '2024-03-12', articles: ['c'] },
        ],
        figureConflicts: [['14', '16', '23']],
      }),
    ]);
    expect(row!.conflicts).toEqual(['date: 2024-03-13 (2 articles) vs 2024-03-12 (1 article)', 'figures: 14 vs 16 vs 23']);
  });
});
