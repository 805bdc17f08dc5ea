/**
 * Month, weekday and day-period names read from CLDR through `Intl.DateTimeFormat`
 * (Node ships full ICU), so no pack types a month list by hand. Format-context
 * and standalone forms are both collected: Russian «октября» and «октябрь».
 */
import type { CalendarSystem, DateNames, MonthLocale, MonthNameSet, NameForms } from './types.js';

const DAY_MS = 86_400_000;
/** 3 January 2021 was a Sunday. */
const A_SUNDAY = Date.UTC(2021, 0, 3);

function partOf(format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes): string | null {
  const part = format.formatToParts(date).find((p) => p.type === type);
  return part ? part.value.trim() : null;
}

function withoutDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function formatter(locale: string, calendar: CalendarSystem, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Umm al-Qura is the Hijri calendar most of the Arabic press follows; its month names are the same.
  const cal = calendar === 'islamic' ? 'islamic-umalqura' : calendar;
  return new Intl.DateTimeFormat(locale, { ...options, calendar: cal, timeZone: 'UTC' });
}

/** Adds forms from `collect` to `long`/`short` lists per index, abbreviations only when not a full name too. */
function toNameForms(longs: Set<string>[], shorts: Set<string>[]): NameForms[] {
  return longs.map((long, i) => ({
    long: [...long],
    short: [...(shorts[i] ?? [])].filter((s) => !long.has(s)),
  }));
}

/** Dates spread over a whole year of `calendar`, each with its month number (1-based). */
function datesByMonth(calendar: CalendarSystem): Map<number, Date> {
  const numeric = formatter('en', calendar, { month: 'numeric', numberingSystem: 'latn' });
  const byMonth = new Map<number, Date>();
  // A point every 10 days over 400 days meets every month of any of these calendars.
  for (let t = Date.UTC(2021, 0, 10); t < Date.UTC(2022, 2, 1) && byMonth.size < 12; t += 10 * DAY_MS) {
    const date = new Date(t);
    const month = Number(partOf(numeric, date, 'month'));
    if (month >= 1 && month <= 12 && !byMonth.has(month)) byMonth.set(month, date);
  }
  return byMonth;
}

const LONG_MONTH: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'long', day: 'numeric' }, { month: 'long', day: 'numeric', year: 'numeric' }];
const SHORT_MONTH: Intl.DateTimeFormatOptions[] = [{ month: 'short' }, { month: 'short', day: 'numeric' }, { month: 'short', day: 'numeric', year: 'numeric' }];

/** The twelve months of `calendar` as `locale` writes them, every CLDR form. */
export function monthNameSet({ locale, calendar }: MonthLocale): MonthNameSet {
  const byMonth = datesByMonth(calendar);
  const longs = Array.from({ length: 12 }, () => new Set<string>());
  const shorts = Array.from({ length: 12 }, () => new Set<string>());
  for (const [lists, optionsList] of [[longs, LONG_MONTH], [shorts, SHORT_MONTH]] as const) {
    for (const options of optionsList) {
      const format = formatter(locale, calendar, options);
      for (const [month, date] of byMonth) {
        const name = partOf(format, date, 'month');
        if (name && !/^\d+$/.test(name)) lists[month - 1]!.add(withoutDot(name));
      }
    }
  }
  return { calendar, locale, months: toNameForms(longs, shorts) };
}

/** Weekday names (index 0 = Sunday) as `locales` write them, long and short, alone and in a date. */
export function weekdayNames(locales: readonly string[]): NameForms[] {
  const longs = Array.from({ length: 7 }, () => new Set<string>());
  const shorts = Array.from({ length: 7 }, () => new Set<string>());
  for (const locale of locales) {
    for (const [lists, width] of [[longs, 'long'], [shorts, 'short']] as const) {
      for (const options of [{ weekday: width }, { weekday: width, day: 'numeric', month: 'long' }] as Intl.DateTimeFormatOptions[]) {
        const format = formatter(locale, 'gregory', options);
        for (let day = 0; day < 7; day += 1) {
          const name = partOf(format, new Date(A_SUNDAY + day * DAY_MS), 'weekday');
          if (name) lists[day]!.add(withoutDot(name));
        }
      }
    }
  }
  return toNameForms(longs, shorts);
}

/** How `locales` write AM and PM next to a 12-hour time. */
export function dayPeriodNames(locales: readonly string[]): DateNames['dayPeriods'] {
  const am = new Set<string>();
  const pm = new Set<string>();
  for (const locale of locales) {
    const format = formatter(locale, 'gregory', { hour: 'numeric', hour12: true });
    const morning = partOf(format, new Date(Date.UTC(2021, 0, 4, 3)), 'dayPeriod');
    const afternoon = partOf(format, new Date(Date.UTC(2021, 0, 4, 15)), 'dayPeriod');
    if (morning) am.add(withoutDot(morning));
    if (afternoon) pm.add(withoutDot(afternoon));
  }
  return { am: [...am], pm: [...pm] };
}

/** All CLDR date names for a language: one month set per locale in `monthLocales`. */
export function buildDateNames(code: string, monthLocales: readonly MonthLocale[]): DateNames {
  const locales = [...new Set([code, ...monthLocales.map((m) => m.locale)])];
  return {
    monthSets: monthLocales.map(monthNameSet),
    weekdays: weekdayNames(locales),
    dayPeriods: dayPeriodNames(locales),
  };
}
