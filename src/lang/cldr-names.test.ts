import { describe, expect, it } from 'vitest';
import { monthNameSet, weekdayNames } from './cldr-names.js';

const longNames = (locale: string, calendar: 'gregory' | 'persian' | 'islamic', month: number): readonly string[] =>
  monthNameSet({ locale, calendar }).months[month - 1]!.long;

describe('CLDR names', () => {
  it('give Russian months in the genitive as well as the nominative', () => {
    expect(longNames('ru', 'gregory', 10)).toEqual(expect.arrayContaining(['октября', 'октябрь']));
  });

  it('give Levantine, Moroccan and Tunisian Arabic month names', () => {
    expect(longNames('ar-SY', 'gregory', 10)).toContain('تشرين الأول');
    expect(longNames('ar-MA', 'gregory', 7)).toContain('يوليوز');
    expect(longNames('ar-TN', 'gregory', 1)).toContain('جانفي');
  });

  it('give Solar Hijri months, Persian Gregorian transliterations and Hijri months', () => {
    expect(longNames('fa', 'persian', 7)).toContain('مهر');
    expect(longNames('fa', 'gregory', 10)).toContain('اکتبر');
    expect(longNames('ar', 'islamic', 9)).toContain('رمضان');
  });

  it('give abbreviations without their dot', () => {
    expect(monthNameSet({ locale: 'en', calendar: 'gregory' }).months[9]!.short).toContain('Oct');
    expect(monthNameSet({ locale: 'ru', calendar: 'gregory' }).months[9]!.short).toContain('окт');
  });

  it('start weekdays on Sunday', () => {
    expect(weekdayNames(['en'])[6]!.long).toContain('Saturday');
    expect(weekdayNames(['ar'])[6]!.long).toContain('السبت');
    expect(weekdayNames(['fa'])[6]!.long).toContain('شنبه');
  });
});
