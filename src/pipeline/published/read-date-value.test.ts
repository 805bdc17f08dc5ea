import { describe, expect, it } from 'vitest';
import { readDateValue } from './read-date-value.js';

describe('readDateValue', () => {
  it.each([
    ['2020-10-10T04:20:00.000000+02:00[Europe/Berlin]', '2020-10-10'],
    ['20201010', '2020-10-10'],
    ['10.10.2020', '2020-10-10'],
    ['October 10, 2020', '2020-10-10'],
    ['13/01/2023', '2023-01-13'],
  ])('reads %s', (text, value) => {
    expect(readDateValue(text, 'test')?.value).toBe(value);
  });

  it.each([
    ['11/01/2023 12:43:42', 'month-first or day-first: nothing tells'],
    ['Ein Bericht über das Fest vom 10.10.2020 und die Pläne für das nächste Jahr', 'a description that mentions a date'],
    ['', 'empty'],
  ])('declines %s (%s)', (text) => {
    expect(readDateValue(text, 'test')).toBeNull();
  });
});
