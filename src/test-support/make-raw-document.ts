import type { RawDocument } from '../core/raw-document.js';

/** A small plain-text raw document for tests. */
export function makeRawDocument(text: string, overrides: Partial<RawDocument> = {}): RawDocument {
  return {
    bytes: new TextEncoder().encode(text),
    contentType: 'text/plain',
    declaredCharset: null,
    origin: { kind: 'file', source: 'test/input.txt' },
    fetchedAt: '2020-10-10T12:00:00.000Z',
    hints: {},
    ...overrides,
  };
}
