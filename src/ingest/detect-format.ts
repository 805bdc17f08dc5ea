/**
 * Which reader handles a file, decided by its extension first. Content sniffing only
 * settles what an extension leaves open (`.xml`) and what a URL's body is (see read-url.ts).
 */
import path from 'node:path';
import type { ReaderLimits } from './types.js';

/** The formats newsloom reads. */
export type ContentFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'opml' | 'warc';

/** A format known from the file name; 'xml' is a feed or OPML, told apart by sniffing. */
export type FileFormat = ContentFormat | 'xml';

const EXTENSION_FORMATS: Readonly<Record<string, FileFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'xml',
  '.opml': 'opml',
  '.warc': 'warc',
};

/** The supported file types as shown to users. */
export const SUPPORTED_FILE_TYPES: readonly string[] = [...Object.keys(EXTENSION_FORMATS), '(any of these).gz'];

export type FileFormatResult =
  | { known: true; format: FileFormat; gzip: boolean }
  | { known: false; extension: string };

/**
 * The format of a file from its name; `.gz` is peeled off first.
 * @example formatFromFileName('news/a.jsonl.gz') // { known: true, format: 'jsonl', gzip: true }
 */
export function formatFromFileName(fileName: string): FileFormatResult {
  const base = path.basename(fileName).toLowerCase();
  const gzip = base.endsWith('.gz');
  const inner = gzip ? base.slice(0, -'.gz'.length) : base;
  const extension = path.extname(inner);
  const format = EXTENSION_FORMATS[extension];
  if (format) return { known: true, format, gzip };
  return { known: false, extension: path.extname(base) || '(no extension)' };
}

/** Containers hold many documents and get the larger size limit. */
export function isContainerFormat(format: FileFormat): boolean {
  return format !== 'text' && format !== 'html';
}

/** The size limit that applies to an input of this format. */
export function sizeLimitFor(format: FileFormat, limits: ReaderLimits): number {
  return isContainerFormat(format) ? limits.maxContainerBytes : limits.maxDocumentBytes;
}
