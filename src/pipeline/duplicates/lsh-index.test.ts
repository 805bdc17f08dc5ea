import { describe, expect, it } from 'vitest';
import { candidateProbability, DEFAULT_BANDS, DEFAULT_ROWS, LshIndex } from './lsh-index.js';
import { minhashSignature } from './minhash.js';
import { shingles } from './shingles.js';

/** A deterministic text of `length` words drawn from a 2,000-word vocabulary. */
function text(seed: number, length = 200): string {
  let state = seed * 7919 + 1;
  return Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return `w${state % 2000}`;
  }).join(' ');
}

const signatureOf = (value: string): Uint32Array => minhashSignature(shingles(value));

describe('LshIndex', () => {
  it('uses 25 bands of 5 rows, with the S-curve its comment documents', () => {
    expect([DEFAULT_BANDS, DEFAULT_ROWS]).toEqual([25, 5]);
    const curve = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((j) => Number(candidateProbability(j, 25, 5).toFixed(3)));
    expect(curve).toEqual([0.008, 0.059, 0.227, 0.548, 0.868, 0.99, 1, 1]);
  });

  it('returns near copies as candidates and unrelated texts not', () => {
    const index = new LshIndex();
    for (let i = 0; i < 200; i += 1) index.add(`doc${i}`, signatureOf(text(i)));
    const copy = `${text(7)} and one more sentence appended by the reprinting site`;
    expect(index.query(signatureOf(copy))).toEqual(['doc7']);
    expect(index.query(signatureOf(text(999)))).toEqual([]);
    expect(index.size).toBe(200);
  });

  it('removes documents and replaces a re-added id', () => {
    const index = new LshIndex();
    index.add('a', signatureOf(text(1)));
    index.add('b', signatureOf(text(1)));
    expect(index.query(signatureOf(text(1)))).toEqual(['a', 'b']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.query(signatureOf(text(1)))).toEqual(['b']);
    index.add('b', signatureOf(text(2)));
    expect(index.query(signatureOf(text(1)))).toEqual([]);
    expect(index.query(signatureOf(text(2)))).toEqual(['b']);
  });

  it('bounds the work: buckets keep at most maxBucketSize ids, queries return at most maxCandidates, most shared bands first', () => {
    const index = new LshIndex({ maxBucketSize: 3, maxCandidates: 2 });
    for (const id of ['e', 'd', 'c', 'b', 'a']) index.add(id, signatureOf(text(1)));
    expect(index.query(signatureOf(text(1)))).toEqual(['c', 'd']);
    const ranked = new LshIndex();
    ranked.add('copy', signatureOf(text(3)));
    ranked.add('half', signatureOf(`${text(3, 100)} ${text(4, 100)}`));
    expect(ranked.query(signatureOf(text(3)))[0]).toBe('copy');
  });

  it('never makes an empty text a candidate', () => {
    const index = new LshIndex();
    index.add('empty', signatureOf(''));
    index.add('other-empty', signatureOf('  '));
    expect(index.size).toBe(2);
    expect(index.query(signatureOf(''))).toEqual([]);
    expect(index.remove('empty')).toBe(true);
  });

  it('round-trips through JSON with string band keys', () => {
    const index = new LshIndex();
    for (let i = 0; i < 20; i += 1) index.add(`doc${i}`, signatureOf(text(i)));
    index.add('empty', signatureOf(''));
    const data = JSON.parse(JSON.stringify(index.serialize()));
    expect(data.documents[0].keys).toHaveLength(25);
    expect(data.documents[0].keys[3]).toMatch(/^3:[0-9a-z]+$/);
    const restored = LshIndex.deserialize(data);
    expect(restored.size).toBe(21);
    expect(restored.query(signatureOf(text(5)))).toEqual(['doc5']);
    expect(restored.remove('doc5')).toBe(true);
    expect(restored.query(signatureOf(text(5)))).toEqual([]);
    expect(restored.serialize().documents.map((d) => d.id)).toEqual(data.documents.map((d: { id: string }) => d.id).filter((id: string) => id !== 'doc5'));
  });

  it('refuses data of another format or signature version, and malformed keys', () => {
    const data = new LshIndex().serialize();
    expect(() => LshIndex.deserialize({ ...data, version: 99 })).toThrow(/not a newsloom-lsh index/);
    expect(() => LshIndex.deserialize({ ...data, signatureVersion: 0 })).toThrow(/rebuild it/);
    expect(() => LshIndex.deserialize({ ...data, documents: [{ id: 'x', keys: Array(25).fill('0:zz') }] })).toThrow(/bad band key/);
    expect(() => LshIndex.deserialize(null)).toThrow();
  });

  it('refuses signatures too short for its bands', () => {
    expect(() => new LshIndex().add('x', minhashSignature(shingles(text(1)), 64))).toThrow(/too short/);
  });
});
