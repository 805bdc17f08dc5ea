import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline.js';
import { compatibleDates, daysBetween } from './compare-dates.js';
import type { ReportedEvent } from './types.js';

function report(overrides: Partial<ReportedEvent> & Pick<ReportedEvent, 'articleId'>): ReportedEvent {
  return {
    source: `${overrides.articleId}.example`,
    language: 'en',
    copyOf: null,
    type: 'consult',
    subtype: 'phone-call',
    actors: [],
    targets: [],
    place: null,
    date: null,
    figures: [],
    sentence: 'They spoke by phone.',
    offset: 0,
    negated: false,
    ...overrides,
  };
}

const rouhani = 'person:rouhani';
const putin = 'person:putin';
const aliyev = 'person:aliyev';

describe('buildTimeline', () => {
  const call = [
    report({ articleId: 'irna', actors: [rouhani, putin], date: '2020-10-10', source: 'globalsecurity.org' }),
    report({ articleId: 'iranpress', actors: [rouhani], targets: [putin], date: '2020-10-10', source: 'iranpress.com' }),
    report({ articleId: 'arabic', language: 'ar', actors: [rouhani, putin], date: null, source: 'alalam.ir' }),
  ];
  const otherCall = report({ articleId: 'isna', actors: [rouhani, aliyev], date: '2020-10-06', source: 'isna.ir' });

  it('merges reports of one event across articles and languages, with its sources and languages', () => {
    const timeline = buildTimeline([...call, otherCall]);
    expect(timeline).toHaveLength(2);
    const [first, second] = timeline;
    expect(first).toMatchObject({ date: '2020-10-06', actors: [aliyev, rouhani], sources: ['isna.ir'] });
    expect(second).toMatchObject({ date: '2020-10-10', sources: ['alalam.ir', 'globalsecurity.org', 'iranpress.com'], languages: ['ar', 'en'], dateConflicts: [] });
    expect(second?.reports.map((r) => r.articleId)).toEqual(['arabic', 'iranpress', 'irna']);
  });

  it('keeps two calls of the same caller apart when the other party differs, even on the same day', () => {
    const timeline = buildTimeline([call[0] as ReportedEvent, { ...otherCall, date: '2020-10-10' }]);
    expect(timeline).toHaveLength(2);
  });

  it('does not depend on the order of the reports', () => {
    const all = [...call, otherCall];
    expect(buildTimeline([...all].reverse())).toEqual(buildTimeline(all));
  });

  it('flags dates that disagree by a day instead of choosing silently, and separates events further apart', () => {
    const near = buildTimeline([call[0] as ReportedEvent, { ...(call[1] as ReportedEvent), date: '2020-10-11' }]);
    expect(near).toHaveLength(1);
    expect(near[0]?.dateConflicts.map((claim) => claim.date)).toEqual(['2020-10-10', '2020-10-11']);
    expect(buildTimeline([call[0] as ReportedEvent, { ...(call[1] as ReportedEvent), date: '2020-10-14' }])).toHaveLength(2);
  });

  it('counts a copy under its origin, not as another source', () => {
    const copy = report({ articleId: 'reprint', copyOf: 'iranpress', actors: [rouhani, putin], date: '2020-10-10', source: 'mirror.example' });
    const [entry] = buildTimeline([call[1] as ReportedEvent, copy]);
    expect(entry?.sources).toEqual(['iranpress.com']);
    expect(entry?.reports).toHaveLength(2);
  });

  it('keeps a denial apart from the event it denies and flags figures that disagree', () => {
    const fight = { type: 'fight', subtype: null, actors: ['place:AM', 'place:AZ'], date: '2020-09-27' };
    const timeline = buildTimeline([
      report({ articleId: 'a', ...fight, figures: ['12'] }),
      report({ articleId: 'b', ...fight, figures: ['15'] }),
      report({ articleId: 'c', ...fight, negated: true }),
    ]);
    expect(timeline).toHaveLength(2);
    expect(timeline.find((entry) => entry.reports.length === 2)?.figureConflicts).toEqual([['12'], ['15']]);
  });

  it('ties reports without parties together only by a stated date', () => {
    const undated = buildTimeline([report({ articleId: 'a', type: 'fight', subtype: null }), report({ articleId: 'b', type: 'fight', subtype: null })]);
    expect(undated).toHaveLength(2);
    const dated = buildTimeline([report({ articleId: 'a', type: 'fight', subtype: null, date: '2020-09-27' }), report({ articleId: 'b', type: 'fight', subtype: null, date: '2020-09-27' })]);
    expect(dated).toHaveLength(1);
  });

  it('returns an empty timeline for no events', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});

describe('compatibleDates', () => {
  it('lets a coarser date contain a finer one and allows the tolerance between days', () => {
    expect(compatibleDates('2020-10', '2020-10-06', 1)).toBe(true);
    expect(compatibleDates('2020-11', '2020-10-06', 1)).toBe(false);
    expect(compatibleDates('2020-10-06T12:00', '2020-10-07', 1)).toBe(true);
    expect(compatibleDates('2020-10-06', '2020-10-08', 1)).toBe(false);
    expect(compatibleDates(null, '2020-10-08', 1)).toBe(true);
    expect(daysBetween('2020', '2020-10-08')).toBeNull();
  });
});

describe('buildTimeline without chaining', () => {
  it('compares each report with the parties of the event\'s first report, not with every party gathered', () => {
    const a = 'person:a';
    const b = 'person:b';
    const c = 'person:c';
    const d = 'person:d';
    const timeline = buildTimeline([
      report({ articleId: '1', actors: [a, b, c], date: '2020-10-10' }),
      // Shares a and b with the first report: the same event, and it adds d.
      report({ articleId: '2', actors: [a, b, d], date: '2020-10-10' }),
      // Shares c and d with the two together, but only c with the first report: another event.
      report({ articleId: '3', actors: [c, d], date: '2020-10-10' }),
    ]);
    expect(timeline.map((entry) => entry.reports.map((r) => r.articleId))).toEqual([['1', '2'], ['3']]);
  });
});
