/**
 * Speed of mention recognition: `recognizeEntities` on 1,000 generated news
 * articles of about 3 KB (bench/lib/synthetic-corpus.ts), one core. The first
 * call, which loads the gazetteer, is timed apart. Goal: under 2 s for 1,000.
 *
 *   node --import tsx bench/entities-speed.ts
 */
import { recognizeEntities } from '../src/pipeline/entities/recognize/index.js';
import { seededRandom, syntheticArticle } from './lib/synthetic-corpus.js';
import { writeResult } from './lib/write-result.js';

const ARTICLES = 1000;
const random = seededRandom(42);
const articles = Array.from({ length: ARTICLES }, (_, i) => {
  const { title, text } = syntheticArticle(i, random);
  return { title, paragraphs: text.split(/\n\s*\n/u).filter((paragraph) => paragraph.trim() !== ''), language: 'en' };
});
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength([article.title, ...article.paragraphs].join('\n\n')), 0);

const coldStart = performance.now();
recognizeEntities({ title: 'Putin met Rouhani in Moscow', paragraphs: ['وقال الرئيس روحاني في طهران'], language: 'en' });
const firstCall = performance.now() - coldStart;

const started = performance.now();
let mentions = 0;
for (const article of articles) mentions += recognizeEntities(article).length;
const totalMs = performance.now() - started;

console.log(`recognizeEntities: ${totalMs.toFixed(0)} ms for ${ARTICLES} articles (${(bytes / ARTICLES / 1024).toFixed(1)} KB each, ${mentions} mentions); first call ${firstCall.toFixed(0)} ms (loads the gazetteer)`);
writeResult('entities-speed', { articles: ARTICLES, totalMs: Math.round(totalMs), msPerArticle: Number((totalMs / ARTICLES).toFixed(3)), averageBytes: Math.round(bytes / ARTICLES), mentions, firstCallMs: Math.round(firstCall) });
