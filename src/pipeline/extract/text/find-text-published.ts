/**
 * The publication date of a copied page, from what its text says: a date line
 * under the headline, the dateline, a photo caption, or (weakest) the latest
 * date the lead paragraphs mention. A date without a year is returned as
 * year-less, with its weekday when one is written or implied, for the batch
 * step to place using related articles.
 */
import type { DatePrecision, ResolvedDate } from '../../../core/article.js';
import { findDates } from '../../dates/find-dates.js';
import type { DateMention } from '../../dates/types.js';
import { findWeekdayWords } from './find-weekday-words.js';

export interface YearlessDate {
  month: number;
  day: number;
  /** 0 = Sunday; from the date itself or the one weekday the lead names. */
  weekday: number | null;
  method: string;
}

export interface TextPublished {
  published: ResolvedDate | null;
  yearless: YearlessDate | null;
}

interface Evidence {
  mentions: DateMention[];
  method: string;
}

/** Paragraphs searched for the latest date when nothing better says when the article appeared. */
const LEAD_PARAGRAPHS = 3;

const sentences = (text: string) => text.split(/(?<=[.!?؟।])\s+|\n+/u);
const pad = (n: number) => String(n).padStart(2, '0');

export function toResolvedDate(mention: DateMention, method: string): ResolvedDate | null {
  if (mention.year === null) return null;
  let value = String(mention.year);
  let precision: DatePrecision = 'year';
  if (mention.month !== null) [value, precision] = [`${value}-${pad(mention.month)}`, 'month'];
  if (mention.month !== null && mention.day !== null) [value, precision] = [`${value}-${pad(mention.day)}`, 'day'];
  if (precision === 'day' && mention.hour !== null && mention.minute !== null) {
    [value, precision] = [`${value}T${pad(mention.hour)}:${pad(mention.minute)}`, 'minute'];
    if (mention.second !== null) [value, precision] = [`${value}:${pad(mention.second)}`, 'second'];
    if (mention.timezone) value += mention.timezone;
  }
  return { value, precision, method };
}

function latestDayMonth(mentions: DateMention[]): DateMention | null {
  const dated = mentions.filter((m) => m.month !== null && m.day !== null);
  return dated.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0))[0] ?? null;
}

export interface TextDateSources {
  dateLines: { mention: DateMention; method: string }[];
  datelineDate: string | null;
  captions: string[];
  paragraphs: string[];
  languages: string[];
}

export function findTextPublished(sources: TextDateSources): TextPublished {
  const { languages } = sources;
  const evidence: Evidence[] = [
    ...sources.dateLines.map((line) => ({ mentions: [line.mention], method: line.method })),
    { mentions: sources.datelineDate ? findDates(sources.datelineDate, { languages }) : [], method: 'text:dateline' },
    { mentions: sources.captions.flatMap((caption) => findDates(caption, { languages })), method: 'text:caption' },
  ];
  const lead = sources.paragraphs.slice(0, LEAD_PARAGRAPHS).join('\n');
  const leadMentions = findDates(lead, { languages });
  evidence.push({ mentions: leadMentions, method: 'text:latest date in the lead' });

  // A lead that only says "on Saturday": the date the body writes in a sentence naming that same weekday.
  const leadWeekdays = findWeekdayWords(lead, languages);
  if (leadWeekdays.length === 1) {
    const weekday = leadWeekdays[0] ?? null;
    const tied = sentences(sources.paragraphs.join('\n')).flatMap((sentence) =>
      findWeekdayWords(sentence, languages).includes(weekday ?? -1) ? findDates(sentence, { languages }) : [],
    );
    evidence.push({ mentions: tied.map((mention) => ({ ...mention, weekday: mention.weekday ?? weekday })), method: 'text:date of the weekday the lead names' });
  }

  for (const { mentions, method } of evidence) {
    const best = latestDayMonth(mentions);
    if (!best) continue;
    const resolved = toResolvedDate(best, method);
    if (resolved) return { published: resolved, yearless: null };
    // A weekday written once in the lead ("on Saturday") dates the event the lead reports, which the year-less date names.
    const weekday = best.weekday ?? (leadWeekdays.length === 1 ? (leadWeekdays[0] ?? null) : null);
    return { published: null, yearless: { month: best.month ?? 0, day: best.day ?? 0, weekday, method } };
  }
  return { published: null, yearless: null };
}
