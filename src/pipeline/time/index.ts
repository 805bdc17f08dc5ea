/**
 * Time expressions in article text: absolute and year-less dates, days and periods counted from the
 * publication date, ranges and years, each with its span, granularity and ISO value or `null`.
 */
export { findTimeExpressions } from './find-time-expressions.js';
export { expressionDays } from './expression-days.js';
export type { TimeExpression, TimeGranularity, UnknownReason } from './types.js';
