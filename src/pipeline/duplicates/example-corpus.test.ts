/**
 * Near-duplicates on the bundled example corpus, through the real pipeline:
 * the reprints listed in examples/corpus/expected.json (`reprint_of`) must be
 * found and called reprints; every other pair of documents, including the
 * same earthquake reported in other languages, is different.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRawDocuments } from '../../../bench/lib/read-raw-documents.js';
import { runPipelineBatch } from '../run-pipeline.js';
import { classifyPair, type ComparableText } from './classify-pair.js';
import { LshIndex } from './lsh-index.js';
import { minhashSignature } from './minhash.js';
import { exactJaccard } from './set-similarity.js';
import { shingles } from './shingles.js';

const CORPUS = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));
const WIRE = 'en/bingol-quake-wire.html';
const REPRINT = 'en/bingol-quake-reprint.txt';

interface CorpusDocument extends ComparableText {
  key: string;
  language: string | null;
}

let documents: CorpusDocument[] = [];
let reprintPairs: [string, string][] = [];

const byKey = (key: string): CorpusDocument => documents.find((doc) => doc.key === key) as CorpusDocument;
const isReprintPair = (a: string, b: string): boolean => reprintPairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

beforeAll(async () => {
  const raws = await readRawDocuments(CORPUS);
  const results = runPipelineBatch([...raws.values()]);
  documents = [...raws.keys()].map((key, i) => {
    const { article } = results[i]!;
    return { key, text: article.paragraphs.join('\n'), title: article.title, published: article.published?.value ?? null, language: article.language };
  });
  const expected = JSON.parse(readFileSync(`${CORPUS}/expected.json`, 'utf8')) as { documents: Record<string, { reprint_of: string | null }> };
  reprintPairs = Object.entries(expected.documents).flatMap(([key, doc]) => (doc.reprint_of ? [[key, doc.reprint_of] as [string, string]] : []));
});

describe('near-duplicates in the example corpus', () => {
  it('extracts the corpus and knows its reprint pairs', () => {
    expect(documents.length).toBeGreaterThanOrEqual(25);
    expect(reprintPairs).toEqual([[REPRINT, WIRE]]);
  });

  it('calls the wire story and its reprint at another site a reprint', () => {
    for (const [copy, original] of reprintPairs) {
      const result = classifyPair(byKey(original), byKey(copy));
      expect(result.relation).toBe('reprint');
      // The reprinter appended a "Monitor note": all of the wire is in the reprint, not the other way round.
      expect(result.evidence.containment.aInB).toBe(1);
      expect(result.jaccard).toBeGreaterThan(0.85);
    }
  });

  it('calls every other pair different; texts in different languages share no shingle', () => {
    for (const [i, a] of documents.entries()) {
      for (const b of documents.slice(i + 1)) {
        if (isReprintPair(a.key, b.key)) continue;
        expect({ pair: [a.key, b.key], relation: classifyPair(a, b).relation }).toEqual({ pair: [a.key, b.key], relation: 'different' });
        if (a.language !== b.language) expect(exactJaccard(shingles(a.text), shingles(b.text))).toBe(0);
      }
    }
  });

  it('calls other reports of the same earthquake (French, Turkish, Arabic, Russian) different from the wire', () => {
    const sameEvent = documents.filter((doc) => doc.key !== WIRE && doc.key !== REPRINT && /bingol|bingyol|bingoel|seisme/u.test(doc.key));
    expect(sameEvent.map((doc) => doc.key)).toEqual(expect.arrayContaining(['fr/seisme-bingol-bilan.html', 'ar/zilzal-bingol.txt', 'ru/zemletryasenie-bingyol.html']));
    for (const doc of sameEvent) expect(classifyPair(byKey(WIRE), doc).relation).toBe('different');
  });

  it('calls an exact copy with other whitespace exact', () => {
    const wire = byKey(WIRE);
    const copy = { text: `\n${wire.text.replace(/ /g, ' \t ').replace(/\n/g, '\n\n\n')}  `, title: 'Another headline' };
    expect(classifyPair(wire, copy).relation).toBe('exact');
  });

  it('calls a later version with two figures changed and a paragraph added an update', () => {
    const wire = byKey(WIRE);
    const paragraphs = wire.text.split('\n');
    paragraphs.splice(4, 0, 'By Friday afternoon rescuers had pulled 46 people alive from the rubble, AFAD said, and the search in the last three villages was ending.');
    const updated = paragraphs.join('\n').replace('killing at least 14 people', 'killing at least 23 people').replace('injuring 186', 'injuring 312');
    const result = classifyPair(wire, { text: updated, published: '2024-03-15T12:45:00+03:00' });
    expect(result.relation).toBe('update');
    expect(result.evidence.newer).toBe('b');
    expect(result.evidence.changedFigures).toEqual([
      { from: '14', to: '23' },
      { from: '186', to: '312' },
    ]);
  });

  it('finds every reprint pair as an LSH candidate, and nothing else for them', () => {
    const index = new LshIndex();
    const signatures = new Map(documents.map((doc) => [doc.key, minhashSignature(shingles(doc.text))]));
    for (const [key, signature] of signatures) index.add(key, signature);
    for (const [copy, original] of reprintPairs) {
      expect(index.query(signatures.get(copy)!).filter((id) => id !== copy)).toEqual([original]);
      expect(index.query(signatures.get(original)!).filter((id) => id !== original)).toEqual([copy]);
    }
  });

  it('gives the same signature on every run', () => {
    const first = documents.map((doc) => minhashSignature(shingles(doc.text)));
    const second = documents.map((doc) => minhashSignature(shingles(`${doc.text}`)));
    expect(second).toEqual(first);
  });
});
