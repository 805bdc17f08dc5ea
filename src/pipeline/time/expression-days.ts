/**
 * The first and last Gregorian day an expression covers, so expressions of any granularity can be
 * compared ("is the call on 6 October within 'last week'?"). Null for an unknown value.
 */
import { formatDay, toEpochDay } from './calendar-math.js';
import type { TimeExpression } from './types.js';

function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value.slice(0, 10);
}

function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    // Day 1 of the next month, less one (Date.UTC carries month 13 into January).
    return formatDay(toEpochDay({ year, month: month + 1, day: 1 }) - 1);
  }
  return value.slice(0, 10);
}

/**
 * @example expressionDays({ value: '2020-10', granularity: 'month', … }) // { first: '2020-10-01', last: '2020-10-31' }
 */
export function expressionDays(expression: Pick<TimeExpression, 'value' | 'endValue'>): { first: string; last: string } | null {
  if (expression.value === null) return null;
  const end = expression.endValue === undefined ? expression.value : expression.endValue;
  return { first: firstDay(expression.value), last: end === null ? lastDay(expression.value) : lastDay(end) };
}
