import type { ResolvedDate } from '../../core/article.js';
import { parseMachineDate } from './parse-machine-date.js';

/** A day in a URL path: /2020/10/10/, /2020-10-10-, /2020_10_10, /20201010/. */
const SEPARATED_DAY = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;
const COMPACT_DAY = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;

function pathOf(url: string): string {
  try {
    const parsed = new URL(url, 'http://x.invalid');
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/**
 * The publication day a URL path states, as news CMS put it there.
 *
 * @example findUrlDate('https://example.com/2020/10/10/story.html') // { value: '2020-10-10', precision: 'day', method: 'url' }
 */
export function findUrlDate(url: string): ResolvedDate | null {
  const path = pathOf(url);
  const match = SEPARATED_DAY.exec(path) ?? COMPACT_DAY.exec(path);
  if (!match) return null;
  const [, year, month, day] = match;
  return parseMachineDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, 'url');
}
