/**
 * Ingestion of uploaded files and submitted URLs (the HTTP face): the files
 * are written to a private temporary folder and read by the same readers as
 * any file named on the command line, so an upload behaves exactly like
 * `newsloom ingest` — formats, limits, idempotence, failures — and the folder
 * is removed afterwards (the store keeps the raw bytes).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, sep } from 'node:path';
import type { ArticleStore } from '../store/article-store.js';
import { ingestInputs, type IngestOptions, type IngestProblem, type IngestSummary } from './ingest-service.js';

export interface UploadedFile {
  /** The name the client gave; only its last path component is used, made safe. */
  name: string;
  bytes: Uint8Array;
}

/**
 * The folder uploaded files are read from, below the temporary one: a stored
 * document's source is `…/uploaded/NAME`, so an article with no publisher and
 * no URL is counted for the outlet "uploaded".
 */
const UPLOAD_FOLDER = 'uploaded';
const MAX_NAME_LENGTH = 120;

/**
 * A file name that cannot escape the folder or hide: the last path component,
 * unusual characters replaced, no leading dots, the extension kept (it decides the format).
 * @example safeFileName('../../etc/pass wd.txt') // 'pass wd.txt'
 */
export function safeFileName(name: string): string {
  const base = (name.split(/[\\/]/u).at(-1) ?? '').replace(/[^\p{L}\p{N}\p{M}._ -]/gu, '_').replace(/^[.\s]+/u, '').trim();
  if (base.length === 0) return 'upload';
  if (base.length <= MAX_NAME_LENGTH) return base;
  const extension = extname(base).slice(0, 20);
  return `${base.slice(0, MAX_NAME_LENGTH - extension.length)}${extension}`;
}

function uniqueNames(files: UploadedFile[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const name = safeFileName(file.name);
    const extension = extname(name);
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${name.slice(0, name.length - extension.length)}-${n}${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Reports name the upload as the client knows it, not the temporary path. */
function withClientNames(summary: IngestSummary, folder: string): IngestSummary {
  const prefix = `${folder}${sep}`;
  const rename = (problem: IngestProblem): IngestProblem => ({ ...problem, subject: problem.subject.startsWith(prefix) ? problem.subject.slice(prefix.length) : problem.subject });
  return { ...summary, failures: summary.failures.map(rename), skippedItems: summary.skippedItems.map(rename) };
}

/**
 * Ingests uploaded files and URLs (pages, feeds, OPML, WARC) in one run.
 * @example await ingestUploads(store, { files: [{ name: 'a.txt', bytes }], urls: [] }, { config })
 */
export async function ingestUploads(store: ArticleStore, input: { files: UploadedFile[]; urls: string[] }, options: IngestOptions): Promise<IngestSummary> {
  const root = await mkdtemp(join(tmpdir(), 'newsloom-upload-'));
  const folder = join(root, UPLOAD_FOLDER);
  try {
    await mkdir(folder, { mode: 0o700 });
    const names = uniqueNames(input.files);
    const paths = names.map((name) => join(folder, name));
    await Promise.all(input.files.map((file, i) => writeFile(paths[i] as string, file.bytes, { mode: 0o600 })));
    const summary = await ingestInputs(store, [...paths, ...input.urls], options);
    return withClientNames(summary, folder);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
