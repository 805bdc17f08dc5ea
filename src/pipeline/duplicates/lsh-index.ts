/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into
 * `bands` bands of `rows` values; two documents become candidates when any band
 * is identical, which happens with probability 1 − (1 − J^rows)^bands for
 * Jaccard J. With the default 25 bands × 5 rows (125 of 128 positions; the
 * threshold (1/25)^(1/5) ≈ 0.53):
 *
 *   J      0.2    0.3    0.4    0.5    0.6    0.7    0.8    0.9
 *   P    0.008  0.059  0.227  0.548  0.868  0.990  1.000  1.000
 *
 * Chosen on `bench/near-duplicates.ts` (53,000 docs): share of the ECB+ real
 * near-duplicate pairs returned as candidates 0.825 / 0.75 / 0.55 / 0.43 for
 * 32×4 / 25×5 / 21×6 / 16×8, candidates per query on the synthetic corpus
 * (whose stock sentences give unrelated articles J p99 0.24) 191 / 85 / 10 /
 * 0.4. 25×5 keeps most real pairs (1 planted reprint of 2,000 missed, J 0.75:
 * the curve's 0.1 %) at a cost the verification step absorbs (~100k pairs/s).
 *
 * Memory: one map per band from a 30-bit band hash to an id (or, rarely, a
 * list of ids), and the band hashes of every document in one typed array so
 * `remove(id)` needs no signature: 1.1 KB per document in the bench, against
 * 3.3 KB for one Map<string, string[]> keyed "band:hash".
 *
 * Work per query is bounded: a bucket keeps at most `maxBucketSize` ids (a
 * text copied thousands of times still has its first copies there), a query
 * reads `bands` buckets and returns at most `maxCandidates` ids, those sharing
 * the most bands first. Nothing ever scans all documents.
 */
import { NewsloomError } from '../../core/errors.js';
import { hashRun } from './hash32.js';
import { SIGNATURE_VERSION, isEmptySignature } from './minhash.js';

export const DEFAULT_BANDS = 25;
export const DEFAULT_ROWS = 5;
const DEFAULT_MAX_BUCKET_SIZE = 1000;
const DEFAULT_MAX_CANDIDATES = 200;
const FORMAT = 'newsloom-lsh';
const FORMAT_VERSION = 1;
/** Band hashes are cut to 30 bits so they are V8 small integers as map keys; a collision only adds a candidate. */
const MAX_BAND_HASH = 0x3fffffff;

export interface LshOptions {
  bands?: number;
  rows?: number;
  /** Ids kept per bucket (default 1,000). */
  maxBucketSize?: number;
  /** Ids returned per query (default 200). */
  maxCandidates?: number;
}

/** JSON-able form of an index; a store can keep one (id, band key) row per entry. */
export interface SerializedLshIndex {
  format: typeof FORMAT;
  version: number;
  signatureVersion: number;
  bands: number;
  rows: number;
  maxBucketSize: number;
  maxCandidates: number;
  /** In insertion order; `keys` are the document's band keys ("band:hash" in base 36), empty for an empty text. */
  documents: { id: string; keys: string[] }[];
}

/**
 * Probability that two documents with Jaccard similarity `jaccard` share at least one band.
 * @example candidateProbability(0.5, 25, 5) // 0.548
 */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}

/**
 * The band keys of a signature as the index and the store write them ("band:hash" in base 36); none for an empty text.
 * Two documents are LSH candidates exactly when they share a band key.
 */
export function signatureBandKeys(signature: Uint32Array, bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): string[] {
  if (signature.length < bands * rows || isEmptySignature(signature)) return [];
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) keys.push(bandKey(band, hashRun(signature, band * rows, rows) & MAX_BAND_HASH));
  return keys;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new NewsloomError('BAD_ARGUMENT', `${name} must be a positive integer, got ${value}`);
  return value;
}

function bandKey(band: number, hash: number): string {
  return `${band}:${hash.toString(36)}`;
}

function parseBandKey(key: unknown, band: number): number {
  const match = typeof key === 'string' ? /^(\d+):([0-9a-z]{1,6})$/u.exec(key) : null;
  const hash = match ? parseInt(match[2] as string, 36) : NaN;
  if (!match || Number(match[1]) !== band || !(hash <= MAX_BAND_HASH)) throw new NewsloomError('INPUT_INVALID', `bad band key ${JSON.stringify(key)} at band ${band}`);
  return hash;
}

/** One bucket: a lone id (most buckets) or several; a bare string saves an array per entry. */
type Bucket = string | string[];

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly maxBucketSize: number;
  readonly maxCandidates: number;
  /** One map per band, keyed by the band's 30-bit hash (small integers: no key objects to allocate). */
  private readonly buckets: Map<number, Bucket>[];
  /** Slot of each document's band hashes in `hashPool`; -1 for an empty text. In insertion order. */
  private readonly slots = new Map<string, number>();
  private hashPool: Uint32Array;
  private readonly freeSlots: number[] = [];
  private slotCount = 0;

  constructor(options: LshOptions = {}) {
    this.bands = positiveInteger(options.bands ?? DEFAULT_BANDS, 'bands');
    this.rows = positiveInteger(options.rows ?? DEFAULT_ROWS, 'rows');
    this.maxBucketSize = positiveInteger(options.maxBucketSize ?? DEFAULT_MAX_BUCKET_SIZE, 'maxBucketSize');
    this.maxCandidates = positiveInteger(options.maxCandidates ?? DEFAULT_MAX_CANDIDATES, 'maxCandidates');
    this.buckets = Array.from({ length: this.bands }, () => new Map<number, Bucket>());
    this.hashPool = new Uint32Array(this.bands * 1024);
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The 30-bit hash of each band, or null for an empty text's signature. */
  private bandHashes(signature: Uint32Array): Uint32Array | null {
    if (signature.length < this.bands * this.rows) {
      throw new NewsloomError('BAD_ARGUMENT', `a signature of ${signature.length} values is too short for ${this.bands} bands of ${this.rows} rows`);
    }
    if (isEmptySignature(signature)) return null;
    const hashes = new Uint32Array(this.bands);
    for (let band = 0; band < this.bands; band += 1) hashes[band] = hashRun(signature, band * this.rows, this.rows) & MAX_BAND_HASH;
    return hashes;
  }

  private storeHashes(hashes: Uint32Array): number {
    const slot = this.freeSlots.pop() ?? this.slotCount++;
    if ((slot + 1) * this.bands > this.hashPool.length) {
      const grown = new Uint32Array(this.hashPool.length * 2);
      grown.set(this.hashPool);
      this.hashPool = grown;
    }
    this.hashPool.set(hashes, slot * this.bands);
    return slot;
  }

  private storedHashes(slot: number): Uint32Array {
    return this.hashPool.subarray(slot * this.bands, (slot + 1) * this.bands);
  }

  private insert(id: string, hashes: Uint32Array | null): void {
    if (!hashes) {
      this.slots.set(id, -1);
      return;
    }
    this.slots.set(id, this.storeHashes(hashes));
    hashes.forEach((hash, band) => {
      const buckets = this.buckets[band] as Map<number, Bucket>;
      const bucket = buckets.get(hash);
      if (bucket === undefined) buckets.set(hash, id);
      else if (typeof bucket === 'string') {
        if (this.maxBucketSize > 1) buckets.set(hash, [bucket, id]);
      } else if (bucket.length < this.maxBucketSize) bucket.push(id);
    });
  }

  /**
   * Indexes a document's signature (replacing any earlier one under the same id).
   * An empty text's signature is recorded but never becomes a candidate.
   * @example index.add('article-1', minhashSignature(shingles(text)))
   */
  add(id: string, signature: Uint32Array): void {
    const hashes = this.bandHashes(signature);
    this.remove(id);
    this.insert(id, hashes);
  }

  /** Removes a document; false when the id is not indexed. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    if (slot < 0) return true;
    this.storedHashes(slot).forEach((hash, band) => {
      const buckets = this.buckets[band] as Map<number, Bucket>;
      const bucket = buckets.get(hash);
      if (bucket === id) buckets.delete(hash);
      else if (Array.isArray(bucket)) {
        const at = bucket.indexOf(id);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 1) buckets.set(hash, bucket[0] as string);
      }
    });
    this.freeSlots.push(slot);
    return true;
  }

  /**
   * Ids of documents sharing at least one band with the signature, most shared
   * bands first (then by id), at most `maxCandidates`. Candidates still need
   * verifying (`exactJaccard`, `classifyPair`).
   * @example index.query(signature).filter((id) => id !== ownId)
   */
  query(signature: Uint32Array): string[] {
    const hits = new Map<string, number>();
    const count = (id: string): void => void hits.set(id, (hits.get(id) ?? 0) + 1);
    this.bandHashes(signature)?.forEach((hash, band) => {
      const bucket = (this.buckets[band] as Map<number, Bucket>).get(hash);
      if (typeof bucket === 'string') count(bucket);
      else bucket?.forEach(count);
    });
    return [...hits]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, this.maxCandidates)
      .map(([id]) => id);
  }

  serialize(): SerializedLshIndex {
    const documents = [...this.slots].map(([id, slot]) => ({ id, keys: slot < 0 ? [] : Array.from(this.storedHashes(slot), (hash, band) => bandKey(band, hash)) }));
    const { bands, rows, maxBucketSize, maxCandidates } = this;
    return { format: FORMAT, version: FORMAT_VERSION, signatureVersion: SIGNATURE_VERSION, bands, rows, maxBucketSize, maxCandidates, documents };
  }

  /**
   * Rebuilds an index from `serialize()` output (parsed JSON). Data from
   * another format version or signature version is refused: its band keys
   * would not match new signatures.
   */
  static deserialize(data: unknown): LshIndex {
    const value = data as Partial<SerializedLshIndex> | null;
    if (!value || value.format !== FORMAT || value.version !== FORMAT_VERSION || !Array.isArray(value.documents)) {
      throw new NewsloomError('INPUT_INVALID', `not a ${FORMAT} index of version ${FORMAT_VERSION}`);
    }
    if (value.signatureVersion !== SIGNATURE_VERSION) {
      throw new NewsloomError('INPUT_INVALID', `the index holds signatures of version ${value.signatureVersion}, this newsloom makes version ${SIGNATURE_VERSION}; rebuild it`);
    }
    const index = new LshIndex({ bands: value.bands, rows: value.rows, maxBucketSize: value.maxBucketSize, maxCandidates: value.maxCandidates });
    for (const entry of value.documents) {
      if (typeof entry?.id !== 'string' || !Array.isArray(entry.keys) || (entry.keys.length !== 0 && entry.keys.length !== index.bands)) {
        throw new NewsloomError('INPUT_INVALID', `index entry ${JSON.stringify(entry?.id)} does not have ${index.bands} band keys`);
      }
      index.insert(entry.id, entry.keys.length ? Uint32Array.from(entry.keys, (key, band) => parseBandKey(key, band)) : null);
    }
    return index;
  }
}
