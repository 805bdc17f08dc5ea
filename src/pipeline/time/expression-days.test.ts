import { describe, expect, it } from 'vitest';
import { expressionDays } from './expression-days.js';

describe('expressionDays', () => {
  it('gives the first and last day of every granularity', () => {
    expect(expressionDays({ value: '2020-10-06' })).toEqual({ first: '2020-10-06', last: '2020-10-06' });
    expect(expressionDays({ value: '2020-02' })).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(expressionDays({ value: '2020-12' })).toEqual({ first: '2020-12-01', last: '2020-12-31' });
    expect(expressionDays({ value: '1988', endValue: '1994' })).toEqual({ first: '1988-01-01', last: '1994-12-31' });
    expect(expressionDays({ value: '2020-10-10T12:00' })).toEqual({ first: '2020-10-10', last: '2020-10-10' });
    expect(expressionDays({ value: '2020-10-26', endValue: '2020-11-01' })).toEqual({ first: '2020-10-26', last: '2020-11-01' });
  });

  it('gives null for an unknown value', () => {
    expect(expressionDays({ value: null })).toBeNull();
  });
});
