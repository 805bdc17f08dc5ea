import { describe, expect, it } from 'vitest';
import { parseMachineDate } from './parse-machine-date.js';

describe('parseMachineDate', () => {
  it.each([
    ['2020-10-10', { value: '2020-10-10', precision: 'day' }],
    ['2020-10', { value: '2020-10', precision: 'month' }],
    ['2020-10-10T04:20:00Z', { value: '2020-10-10T04:20:00Z', precision: 'second' }],
    ['2020-10-07 12:46', { value: '2020-10-07T12:46', precision: 'minute' }],
    ['2020-10-07T12:46:00+0330', { value: '2020-10-07T12:46:00+03:30', precision: 'second' }],
    ['Sat, 10 Oct 2020 04:20:00 GMT', { value: '2020-10-10T04:20:00Z', precision: 'second' }],
  ])('parses %s', (text, expected) => {
    expect(parseMachineDate(text, 'test')).toEqual({ ...expected, method: 'test' });
  });

  it.each(['2020-02-31', '2020-13-01', '0001-01-01', 'yesterday', '10/10/2020', ''])('declines %s', (text) => {
    expect(parseMachineDate(text, 'test')).toBeNull();
  });
});
