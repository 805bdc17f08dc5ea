import { join } from 'node:path';
import { recognizeSpans } from '../src/pipeline/entities/recognize/recognize-spans.js';
import { spanChunk } from '../src/pipeline/entities/recognize/wikiann-conventions.js';
import { chunks, readWikiann } from './wikiann-data.js';
import type { Token } from '../src/pipeline/entities/tokenize.js';
const lang = process.argv[2] ?? 'en';
const sentences = readWikiann(join('/work/shared/datasets/wikiann', lang, 'dev'));
const stats = new Map<string, number>();
const bump = (k: string) => stats.set(k, (stats.get(k) ?? 0) + 1);
for (const s of sentences) {
  const tokens: Token[] = []; let text = ''; let ss = true;
  for (const w of s.tokens) { if (text) text += ' '; const start = text.length; text += w; const isWord = /[\p{L}\p{N}]/u.test(w); const cased = w.match(/[\p{Lu}\p{Ll}]/gu) ?? []; const up = cased.filter((c) => /\p{Lu}/u.test(c)).length;
    tokens.push({ text: w, start, end: text.length, word: isWord, capitalized: isWord && /^\P{L}*\p{Lu}/u.test(w), allCaps: isWord && up >= 2 && up === cased.length, sentenceStart: isWord && ss });
    if (isWord) ss = false; else if (/^[.!?:;]$/u.test(w)) ss = true; }
  const gold = chunks(s.tags);
  for (const span of recognizeSpans(text, tokens, lang).spans) {
    const c = spanChunk(span, tokens, 'X'); if (!c) continue;
    const g = gold.find((x) => x.start === c.start && x.end === c.end);
    const ov = gold.find((x) => x.start < c.end && c.start < x.end);
    const n = c.end - c.start;
    const key = `${span.type}${span.demonym ? '-dem' : ''} s${span.strength} ${n === 1 ? '1w' : n <= 3 ? '2-3w' : '4+w'} ${span.evidence.slice(0, 2).map((e) => e.split(':')[0]).join(',')}`;
    bump(`${key} -> ${g ? g.type : ov ? 'overlap-' + ov.type : 'none'}`);
  }
}
for (const [k, v] of [...stats].sort((a, b) => a[0].localeCompare(b[0]))) if (v >= 30) console.log(String(v).padStart(6), k);
