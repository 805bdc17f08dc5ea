import type { Element } from 'domhandler';
import type { DateEvidence, DateRole } from './date-evidence.js';
import type { PlacedElement } from './page-index.js';
import { readDateValue } from './read-date-value.js';
import { readTextDates } from './read-text-dates.js';
import { visibleText } from './visible-text.js';

const PUBLISHED_WORDS = /publish|entry-date|pubdate|post-date|posted|created|erstellt|veroeffentlicht|date-?published/;
const MODIFIED_WORDS = /updated|modified|aktualisiert|date-?modified|last-?edit/;

/** What a date element's attributes say its date is: hAtom "published updated" counts as published. */
function roleOf(element: Element): DateRole {
  const { itemprop, class: className, id } = element.attribs;
  const prop = (itemprop ?? '').toLowerCase();
  if (prop.includes('datepublished')) return 'published';
  if (prop.includes('datecreated')) return 'created';
  if (prop.includes('datemodified')) return 'modified';
  if ('pubdate' in element.attribs) return 'published';
  const words = `${className ?? ''} ${id ?? ''}`.toLowerCase();
  if (PUBLISHED_WORDS.test(words)) return 'published';
  if (MODIFIED_WORDS.test(words)) return 'modified';
  return 'unknown';
}

function methodOf(element: Element, attribute: string): string {
  return `${element.name}[${attribute}]`;
}

/** The machine-readable value an element carries: <time datetime>, itemprop content, <abbr title>. */
function machineValue(element: Element): { value: string; attribute: string } | null {
  for (const attribute of ['datetime', 'content', 'title', 'data-datetime', 'data-date']) {
    const value = element.attribs[attribute];
    if (value && /\d{4}/.test(value)) return { value, attribute };
  }
  return null;
}

/**
 * The date written in words when there is no machine-readable one: in the
 * title attribute ("Sonntag, 8. Oktober 2017 um 02:12") or inside the element
 * ("<time>10. Oktober 2020</time>").
 */
function writtenValue(element: Element, languages?: string[]): DateEvidence['date'] | null {
  const title = element.attribs.title;
  const fromTitle = title ? readTextDates(title, `${element.name}[title]`, languages)[0]?.date : undefined;
  if (fromTitle) return fromTitle;
  const text = visibleText(element, 200);
  if (text.length > 200) return null;
  return readTextDates(text, `${element.name}:text`, languages)[0]?.date ?? null;
}

/**
 * Dates in <time>, <abbr class="published"> and itemprop elements outside
 * comments, related-article lists and sidebars, in document order: the
 * machine-readable value when there is one, else the date written inside.
 */
export function findMarkupDates(placed: PlacedElement[], languages?: string[]): DateEvidence[] {
  const found: DateEvidence[] = [];
  for (const { element, noise, textIndex } of placed) {
    if (noise) continue;
    const role = roleOf(element);
    if (element.name === 'abbr' && role === 'unknown') continue;
    const machine = machineValue(element);
    const date = (machine ? readDateValue(machine.value, methodOf(element, machine.attribute)) : null) ?? writtenValue(element, languages);
    if (date) found.push({ date, role, source: 'markup', position: textIndex });
  }
  return found;
}
