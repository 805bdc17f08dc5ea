/** Shared helpers for the ingest tests: a reader context, temp folders, event collection. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach } from 'vitest';
import type { RawDocument } from '../../core/raw-document.js';
import { createHttpFetcher } from '../fetch-url.js';
import { readUnit } from '../read-unit.js';
import type { IngestEvent, ReaderContext } from '../types.js';

export const FIXED_NOW = new Date('2024-05-01T12:00:00.000Z');

/** A context with generous limits, a real HTTP fetcher with a short timeout, linked-page fetching off. */
export function testContext(overrides: Partial<ReaderContext> = {}): ReaderContext {
  return {
    limits: { maxDocumentBytes: 1_000_000, maxContainerBytes: 10_000_000 },
    fetcher: createHttpFetcher({ maxBytes: 10_000_000, timeoutMs: 5_000 }),
    fetchLinkedPages: false,
    now: () => FIXED_NOW,
    ...overrides,
  };
}

export async function collect(events: AsyncIterable<IngestEvent>): Promise<IngestEvent[]> {
  const all: IngestEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** Reads one file as if named directly (or found in a folder). */
export function readPath(location: string, ctx: ReaderContext = testContext(), viaFolder = false): Promise<IngestEvent[]> {
  return collect(readUnit({ kind: 'file', location, viaFolder }, ctx));
}

export function readUrlUnit(location: string, ctx: ReaderContext = testContext()): Promise<IngestEvent[]> {
  return collect(readUnit({ kind: 'url', location, viaFolder: false }, ctx));
}

export function documentsOf(events: IngestEvent[]): RawDocument[] {
  return events.flatMap((event) => (event.type === 'document' ? [event.document] : []));
}

export function failuresOf(events: IngestEvent[]): Extract<IngestEvent, { type: 'failure' }>[] {
  return events.flatMap((event) => (event.type === 'failure' ? [event] : []));
}

export function skippedOf(events: IngestEvent[]): Extract<IngestEvent, { type: 'skipped' }>[] {
  return events.flatMap((event) => (event.type === 'skipped' ? [event] : []));
}

export function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsloom-ingest-'));
  tempDirs.push(dir);
  return dir;
}

/** Writes files (string or bytes) below `dir`, creating folders; `.gz` names are gzipped automatically. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    fs.writeFileSync(target, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
  }
}
