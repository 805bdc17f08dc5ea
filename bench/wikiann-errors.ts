/**
 * Error listing for tuning on WikiANN dev: node --import tsx bench/wikiann-errors.ts <lang> [n] [kind]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeTokens } from '../src/pipeline/entities/recognize/index.js';
import { chunks, readWikiann, type Chunk } from './wikiann-data.js';

const [language = 'en', n = '40', kind = 'summary', split = 'dev'] = process.argv.slice(2);
const shared = resolve(fileURLToPath(new URL('../../shared', import.meta.url)));
const sentences = readWikiann(join(shared, 'datasets/wikiann', language, split));
const classes = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (c: string, ex: string): void => {
  classes.set(c, (classes.get(c) ?? 0) + 1);
  const list = examples.get(c) ?? [];
  list.push(ex);
  examples.set(c, list);
};
for (const s of sentences) {
  const pred = recognizeTokens(s.tokens, language);
  const gold = chunks(s.tags);
  const p = chunks(pred);
  const text = (c: Chunk): string => s.tokens.slice(c.start, c.end).join(' ');
  const sent = s.tokens.map((t, i) => (s.tags[i] !== 'O' ? `[${t}/${s.tags[i]}]` : t)).join(' ');
  const psent = s.tokens.map((t, i) => (pred[i] !== 'O' ? `[${t}/${pred[i]}]` : t)).join(' ');
  for (const g of gold) {
    const exact = p.find((c) => c.start === g.start && c.end === g.end);
    if (exact && exact.type === g.type) continue;
    if (exact) { bump(`type ${g.type}->${exact.type}`, `${text(g)}  ||  ${sent}`); continue; }
    const over = p.filter((c) => c.start < g.end && g.start < c.end);
    if (over.length === 0) bump(`miss ${g.type}`, `${text(g)}  ||  ${sent}`);
    else bump(`boundary ${g.type}`, `${text(g)} vs ${over.map((c) => `${text(c)}/${c.type}`).join(' + ')}  ||  ${psent}`);
  }
  for (const c of p) {
    const over = gold.filter((g) => c.start < g.end && g.start < c.end);
    if (over.length === 0) bump(`spurious ${c.type}`, `${text(c)}  ||  ${sent}`);
  }
}
if (kind === 'summary') {
  for (const [c, count] of [...classes].sort((a, b) => b[1] - a[1])) console.log(String(count).padStart(6), c);
} else {
  const list = examples.get(kind.replace('_', ' ')) ?? [];
  for (let i = 0; i < Number(n) && i < list.length; i += 1) console.log(list[Math.floor((i * list.length) / Number(n))]);
}
