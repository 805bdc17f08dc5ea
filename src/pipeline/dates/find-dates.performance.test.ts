import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

/** A 3 KB article in English, Arabic and Persian with a few dates and many numbers. */
function article(): string {
  const en = 'Moscow, Oct 10, IRNA -- The ceasefire agreed on 10 October 2020 held for 1,000 hours, officials said on Saturday. ';
  const ar = 'السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش وقال المتحدث إن ٣٥ ألف شخص نزحوا. ';
  const fa = 'شنبه ۱۹ مهر ۱۳۹۹ - ۱۰:۳۰ رئیس جمهور در تماس تلفنی با همتای روس خود گفت. ';
  return (en + ar + fa).repeat(12).slice(0, 3072);
}

describe('findDates performance', () => {
  it('reads a 3 KB article in well under a millisecond on average', () => {
    const text = article();
    findDates(text);
    const runs = 300;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) findDates(text);
    const average = (performance.now() - started) / runs;
    // Measured about 0.25 ms on the 2-core dev machine; the bound leaves room for slower CI runs.
    expect(average).toBeLessThan(1);
  });
});
