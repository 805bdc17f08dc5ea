/**
 * Turns an entity's mention counts per period ("2020-10-10", "2020-10" or "2020") into bars for a chart: one
 * bar per day, month or year — the finest unit that keeps the chart within `maxBars` — with empty periods
 * filled with zero so gaps in coverage are visible as gaps.
 */

export type Unit = 'day' | 'month' | 'year';

export interface SeriesBar {
  period: string;
  mentions: number;
}

export interface MentionSeries {
  unit: Unit;
  bars: SeriesBar[];
}

const UNIT_LENGTH: Record<Unit, number> = { year: 4, month: 7, day: 10 };

function unitOf(period: string): Unit | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(period)) return 'day';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}$/.test(period)) return 'year';
  return null;
}

function coarser(unit: Unit): Unit | null {
  return unit === 'day' ? 'month' : unit === 'month' ? 'year' : null;
}

function nextPeriod(period: string, unit: Unit): string {
  if (unit === 'year') return String(Number(period) + 1);
  if (unit === 'month') {
    const [year, month] = period.split('-').map(Number) as [number, number];
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const date = new Date(`${period}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function periodsBetween(first: string, last: string, unit: Unit, limit: number): string[] | null {
  const periods: string[] = [];
  for (let period = first; period <= last; period = nextPeriod(period, unit)) {
    periods.push(period);
    if (periods.length > limit) return null;
  }
  return periods;
}

export function mentionSeries(points: readonly { period: string; mentions: number }[], maxBars = 48): MentionSeries {
  const valid = points.filter((point) => unitOf(point.period) !== null && point.mentions > 0);
  // The finest unit every period can be read at: months cannot be split into days.
  let unit: Unit = valid.some((point) => unitOf(point.period) === 'year')
    ? 'year'
    : valid.some((point) => unitOf(point.period) === 'month')
      ? 'month'
      : 'day';
  if (valid.length === 0) return { unit, bars: [] };
  for (;;) {
    const totals = new Map<string, number>();
    for (const point of valid) {
      const key = point.period.slice(0, UNIT_LENGTH[unit]);
      totals.set(key, (totals.get(key) ?? 0) + point.mentions);
    }
    const keys = [...totals.keys()].sort();
    const periods = periodsBetween(keys[0]!, keys[keys.length - 1]!, unit, maxBars);
    const next = coarser(unit);
    if (periods || !next) {
      const shown = periods ?? keys;
      return { unit, bars: shown.map((period) => ({ period, mentions: totals.get(period) ?? 0 })) };
    }
    unit = next;
  }
}
