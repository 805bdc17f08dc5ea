/**
 * Speed of the multilingual date finder on a 3 KB mixed English/Arabic/Persian
 * article full of numbers (dates, times, counts). Prints ms per article.
 *
 *   node --import tsx bench/dates-speed.ts
 */
import { findDates } from '../src/pipeline/dates/find-dates.js';
import { writeResult } from './lib/write-result.js';

const en = 'Moscow, Oct 10, IRNA -- The ceasefire agreed on 10 October 2020 held for 1,000 hours, officials said on Saturday. ';
const ar = 'السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش وقال المتحدث إن ٣٥ ألف شخص نزحوا. ';
const fa = 'شنبه ۱۹ مهر ۱۳۹۹ - ۱۰:۳۰ رئیس جمهور در تماس تلفنی با همتای روس خود گفت. ';
const text = (en + ar + fa).repeat(12).slice(0, 3072);

const coldStart = performance.now();
findDates(text);
const firstCall = performance.now() - coldStart;
const runs = 2000;
const started = performance.now();
for (let i = 0; i < runs; i += 1) findDates(text);
const perArticle = (performance.now() - started) / runs;
console.log(`findDates: ${perArticle.toFixed(3)} ms per 3 KB article (${runs} runs); first call ${firstCall.toFixed(0)} ms (builds the lexicon)`);
writeResult('dates-speed', { msPerArticle: Number(perArticle.toFixed(3)), firstCallMs: Math.round(firstCall), articleBytes: Buffer.byteLength(text) });
