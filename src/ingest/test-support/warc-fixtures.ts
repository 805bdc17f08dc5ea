/** WARC files built in the tests with warcio itself, so no binary fixture is committed. */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcResponseSpec {
  url: string;
  body: string;
  contentType?: string;
  status?: string;
  date?: string;
  type?: 'response' | 'request' | 'resource' | 'metadata';
  extraHttpHeaders?: Record<string, string>;
}

async function* bodyOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** Serializes a warcinfo record followed by the given records (per-record gzip members when `gzip`). */
export async function buildWarc(records: WarcResponseSpec[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'newsloom tests' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const spec of records) {
    const record = WARCRecord.create(
      {
        url: spec.url,
        date: spec.date ?? '2024-03-01T10:00:00Z',
        type: spec.type ?? 'response',
        warcVersion: 'WARC/1.1',
        statusline: spec.status ?? 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': spec.contentType ?? 'text/html; charset=utf-8', ...spec.extraHttpHeaders },
      },
      bodyOf(spec.body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
