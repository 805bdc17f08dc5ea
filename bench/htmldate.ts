/**
 * Publication-date accuracy on the htmldate evaluation set (800 pages, mostly
 * German; ../shared/datasets/htmldate). Each page's bytes are decoded and
 * parsed as the pipeline does, then findPublishedDate is given the HTML only
 * (no URL), as the htmldate reference run does; the day is compared with gold.
 *
 *   node --import tsx bench/htmldate.ts              # score, print, save bench/results/htmldate.json
 *   node --import tsx bench/htmldate.ts --failures   # also list every miss with the method that chose it
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { decodeDocument } from '../src/pipeline/decode/decode-document.js';
import { findPublishedDate } from '../src/pipeline/published/find-published-date.js';
import { makeRawDocument } from '../src/test-support/make-raw-document.js';
import { SHARED_DIR } from '../test/support/shared-data.js';
import { writeResult } from './lib/write-result.js';

export const HTMLDATE_DIR = join(SHARED_DIR, 'datasets', 'htmldate');
/** The reference day for the plausibility check: the set was published in June 2026, after every gold date. */
const REFERENCE = new Date('2026-06-30T00:00:00Z');

interface GoldEntry {
  file: string;
  date: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  pages: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

export interface Miss {
  url: string;
  file: string;
  gold: string | null;
  found: string | null;
  method: string | null;
}

export interface HtmldateResult {
  withoutUrl: Scores;
  withUrl: Scores;
  pagesPerSecond: number;
  misses: Miss[];
}

/** The dataset README's rules: None→FN (TN if gold None), equal→TP, else FP. */
export function scoreCounts(counts: Counts): Scores {
  const { tp, fp, fn, tn } = counts;
  const pages = tp + fp + fn + tn;
  const round = (value: number): number => Number((Number.isFinite(value) ? value : 0).toFixed(4));
  return {
    ...counts,
    pages,
    precision: round(tp / (tp + fp)),
    recall: round(tp / (tp + fn)),
    accuracy: round((tp + tn) / pages),
    f1: round((2 * tp) / (2 * tp + fp + fn)),
  };
}

function tally(counts: Counts, gold: string | null, found: string | null): boolean {
  if (found === null) {
    if (gold === null) counts.tn += 1;
    else counts.fn += 1;
    return gold === null;
  }
  if (found === gold) counts.tp += 1;
  else counts.fp += 1;
  return found === gold;
}

function readPage(entry: GoldEntry): Uint8Array {
  const inEval = join(HTMLDATE_DIR, 'eval', entry.file);
  return readFileSync(existsSync(inEval) ? inEval : join(HTMLDATE_DIR, 'cache', entry.file));
}

/** Scores every page twice: HTML only (the headline number) and with the page URL given. */
export function runHtmldateBenchmark(): HtmldateResult {
  const gold = JSON.parse(readFileSync(join(HTMLDATE_DIR, 'eval_default.json'), 'utf8')) as Record<string, GoldEntry>;
  const entries = Object.entries(gold).map(([url, entry]) => ({ url, entry, bytes: readPage(entry) }));
  const withoutUrl: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const withUrl: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: Miss[] = [];

  const started = performance.now();
  for (const { url, entry, bytes } of entries) {
    const { text } = decodeDocument(makeRawDocument('', { bytes, contentType: 'text/html' }));
    const document = parseDocument(text, { decodeEntities: true });
    const found = findPublishedDate(document, { reference: REFERENCE });
    const day = found ? found.value.slice(0, 10) : null;
    if (!tally(withoutUrl, entry.date, day)) misses.push({ url, file: entry.file, gold: entry.date, found: day, method: found?.method ?? null });
  }
  const seconds = (performance.now() - started) / 1000;

  for (const { url, entry, bytes } of entries) {
    const { text } = decodeDocument(makeRawDocument('', { bytes, contentType: 'text/html' }));
    const found = findPublishedDate(parseDocument(text, { decodeEntities: true }), { url, reference: REFERENCE });
    tally(withUrl, entry.date, found ? found.value.slice(0, 10) : null);
  }
  return { withoutUrl: scoreCounts(withoutUrl), withUrl: scoreCounts(withUrl), pagesPerSecond: Math.round(entries.length / seconds), misses };
}

function describe(label: string, scores: Scores): string {
  return `${label}: accuracy ${scores.accuracy}  P ${scores.precision}  R ${scores.recall}  F ${scores.f1}  (TP ${scores.tp} FP ${scores.fp} FN ${scores.fn} TN ${scores.tn} of ${scores.pages})`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const result = runHtmldateBenchmark();
  if (process.argv.includes('--failures')) {
    for (const miss of result.misses) console.log(`${miss.gold}\t${miss.found ?? '-'}\t${miss.method ?? '-'}\t${miss.file}\t${miss.url}`);
  }
  console.log(describe('HTML only', result.withoutUrl));
  console.log(describe('with URL ', result.withUrl));
  console.log(`speed: ${result.pagesPerSecond} pages/s (decode + parse + find, HTML only)`);
  writeResult('htmldate', {
    benchmark: 'htmldate',
    dataset: 'htmldate eval_default.json (800 pages)',
    htmlOnly: result.withoutUrl,
    withUrl: result.withUrl,
    pagesPerSecond: result.pagesPerSecond,
    reference: 'htmldate 1.10.0 extensive: P 0.908 R 0.993 Acc 0.903 F 0.949',
  });
}
