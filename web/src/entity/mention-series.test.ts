import { describe, expect, it } from 'vitest';
import { mentionSeries } from './mention-series.js';

describe('mentionSeries', () => {
  it('fills months without mentions with zero', () => {
    expect(mentionSeries([{ period: '2020-10', mentions: 16 }, { period: '2021-01', mentions: 5 }])).toEqual({
      unit: 'month',
      bars: [
        { period: '2020-10', mentions: 16 },
        { period: '2020-11', mentions: 0 },
        { period: '2020-12', mentions: 0 },
        { period: '2021-01', mentions: 5 },
      ],
    });
  });

  it('keeps days when they fit and moves to months, then years, when they do not', () => {
    const days = mentionSeries([{ period: '2020-10-10', mentions: 2 }, { period: '2020-10-12', mentions: 1 }]);
    expect(days.unit).toBe('day');
    expect(days.bars.map((bar) => bar.mentions)).toEqual([2, 0, 1]);
    const months = mentionSeries([{ period: '2020-10-10', mentions: 2 }, { period: '2021-02-01', mentions: 1 }]);
    expect(months.unit).toBe('month');
    expect(months.bars).toHaveLength(5);
    const years = mentionSeries([{ period: '2010-01', mentions: 1 }, { period: '2024-10', mentions: 1 }]);
    expect(years.unit).toBe('year');
    expect(years.bars).toHaveLength(15);
  });

  it('ignores unreadable periods and empty counts', () => {
    expect(mentionSeries([{ period: 'unknown', mentions: 3 }, { period: '2020-10', mentions: 0 }]).bars).toEqual([]);
  });
});
