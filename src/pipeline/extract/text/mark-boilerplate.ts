import { isUrlOnly, endsLikeSentence, wordCount } from './line-shape.js';
import { matchesWhole, type TextCues } from './text-cues.js';
import { assign, unassigned, type TextLine } from './text-lines.js';

/** Breadcrumb separators: "News / Politics / Russia", "Home > World", "Accueil » Monde". */
const BREADCRUMB_SEPARATOR = /\s(?:\/|>|»|›|\||→)\s/g;
/** Longest breadcrumb segment in words: section names are short. */
const MAX_CRUMB_WORDS = 4;

export function isBreadcrumb(text: string): boolean {
  const separators = text.match(BREADCRUMB_SEPARATOR)?.length ?? 0;
  if (separators < 1 || endsLikeSentence(text)) return false;
  return text.split(BREADCRUMB_SEPARATOR).every((segment) => wordCount(segment) >= 1 && wordCount(segment) <= MAX_CRUMB_WORDS);
}

/** Normal form of a line for cross-document comparison (site-level boilerplate learning). */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

/**
 * Marks lines that are boilerplate wherever they stand: bare addresses, agency
 * end markers, known chrome phrases, breadcrumbs, and lines this site repeats
 * on many of its pages.
 */
export function markBoilerplate(lines: TextLine[], cues: TextCues, siteBoilerplate: ReadonlySet<string>): void {
  for (const line of unassigned(lines)) {
    if (isUrlOnly(line.text)) assign(line, 'boilerplate', 'address line');
    else if (matchesWhole(cues.endMarker, line.text)) assign(line, 'boilerplate', 'agency end marker');
    else if (matchesWhole(cues.boilerplate, line.text)) assign(line, 'boilerplate', 'site chrome phrase');
    else if (isBreadcrumb(line.text)) assign(line, 'boilerplate', 'breadcrumb');
    else if (siteBoilerplate.has(lineKey(line.text))) assign(line, 'boilerplate', "recurs across this site's pages");
  }
}
