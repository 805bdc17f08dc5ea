/**
 * Article understanding on hand-labelled documents: the five seeds
 * (../shared/seeds/gold.json) and the bundled example corpus
 * (examples/corpus/expected.json). Every document of a set is run as one
 * batch, as ingestion does, so year-less dates can use the others' years.
 *
 *   node --import tsx bench/text-extraction.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeDocument } from '../src/pipeline/decode/decode-document.js';
import { runPipelineBatch } from '../src/pipeline/run-pipeline.js';
import { readRawDocuments } from './lib/read-raw-documents.js';
import { scoreArticle, type FieldScore, type GoldDocument } from './lib/score-article-fields.js';
import { writeResult } from './lib/write-result.js';

export interface SetScore {
  name: string;
  documents: number;
  fields: number;
  correct: number;
  accuracy: number;
  failures: { document: string; field: string; expected: unknown; got: unknown }[];
}

export async function scoreSet(name: string, folder: string, goldFile: string): Promise<SetScore> {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: Record<string, GoldDocument> };
  const raws = await readRawDocuments(folder);
  const keys = Object.keys(gold.documents).filter((key) => raws.has(key));
  const results = runPipelineBatch(keys.map((key) => raws.get(key)!));
  const all: { document: string; score: FieldScore }[] = [];
  keys.forEach((key, i) => {
    const raw = raws.get(key)!;
    const text = decodeDocument(raw).text;
    for (const score of scoreArticle(gold.documents[key]!, results[i]!.article, text)) all.push({ document: key, score });
  });
  const correct = all.filter((entry) => entry.score.ok).length;
  return {
    name,
    documents: keys.length,
    fields: all.length,
    correct,
    accuracy: Number((correct / Math.max(1, all.length)).toFixed(4)),
    failures: all.filter((entry) => !entry.score.ok).map(({ document, score }) => ({ document, field: score.field, expected: score.expected, got: score.got })),
  };
}

const repo = fileURLToPath(new URL('../', import.meta.url));
export const SETS = [
  { name: 'seeds', folder: `${repo}../shared/seeds`, gold: `${repo}../shared/seeds/gold.json` },
  { name: 'example corpus', folder: `${repo}examples/corpus`, gold: `${repo}examples/corpus/expected.json` },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = [];
  for (const set of SETS) {
    const score = await scoreSet(set.name, set.folder, set.gold);
    scores.push(score);
    console.log(`${set.name}: ${score.correct}/${score.fields} fields right (${(score.accuracy * 100).toFixed(1)} %) over ${score.documents} documents`);
    for (const failure of score.failures) console.log(`  ✗ ${failure.document}  ${failure.field}: expected ${JSON.stringify(failure.expected)}, got ${JSON.stringify(failure.got)}`);
  }
  writeResult('text-extraction', { sets: scores.map(({ failures, ...rest }) => ({ ...rest, failed: failures.length })) });
}
