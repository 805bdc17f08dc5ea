/**
 * What an ingestion request carries: files (multipart/form-data, field
 * `file`, repeatable) and/or URLs (multipart field `url`, repeatable, or a
 * JSON body `{ "urls": [...] }`). Anything else is a clear 4xx.
 */
import { z } from 'zod';
import type { UploadedFile } from '../services/upload-service.js';
import { ApiError } from './api-error.js';
import { parseInput } from './validate.js';

/** Files and URLs one request may carry: a bigger batch belongs in `newsloom ingest`. */
export const MAX_FILES = 100;
export const MAX_URLS = 100;

const httpUrl = z
  .string()
  .trim()
  .max(4096, { error: 'must be at most 4096 characters' })
  .refine((value) => /^https?:\/\//iu.test(value) && URL.canParse(value), { error: 'must be an http:// or https:// URL' });

export const IngestJsonSchema = z.strictObject({
  urls: z.array(httpUrl, { error: 'must be a list of URLs' }).min(1, { error: 'must list at least one URL' }).max(MAX_URLS, { error: `must list at most ${MAX_URLS} URLs` }),
});

const MultipartSchema = z.strictObject({
  file: z.array(z.instanceof(File, { error: 'must be a file (a form field with a file name)' })).max(MAX_FILES, { error: `at most ${MAX_FILES} files per request` }),
  url: z.array(httpUrl).max(MAX_URLS, { error: `at most ${MAX_URLS} URLs per request` }),
});

export interface IngestInput {
  files: UploadedFile[];
  urls: string[];
}

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function fromMultipart(request: Request): Promise<IngestInput> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, 'BAD_ARGUMENT', 'the multipart body cannot be read (is it complete, with its boundary?)');
  }
  const fields: Record<string, unknown[]> = {};
  for (const [key, value] of form.entries()) (fields[key] ??= []).push(value);
  const parsed = parseInput(MultipartSchema, { file: asList(fields.file), url: asList(fields.url), ...Object.fromEntries(Object.entries(fields).filter(([key]) => key !== 'file' && key !== 'url')) }, 'body field');
  const files = await Promise.all(parsed.file.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return { files, urls: parsed.url };
}

async function fromJson(request: Request): Promise<IngestInput> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ApiError(400, 'BAD_ARGUMENT', 'the body is not valid JSON');
  }
  return { files: [], urls: parseInput(IngestJsonSchema, body, 'body field').urls };
}

export async function readIngestInput(request: Request): Promise<IngestInput> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  let input: IngestInput;
  if (type === 'multipart/form-data') input = await fromMultipart(request);
  else if (type === 'application/json') input = await fromJson(request);
  else throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `send files as multipart/form-data (field "file") or URLs as application/json {"urls": [...]}, not ${type || 'a body without a Content-Type'}`, 'Content-Type');
  if (input.files.length === 0 && input.urls.length === 0) throw new ApiError(400, 'BAD_ARGUMENT', 'nothing to ingest: send at least one file (field "file") or URL (field "url")', 'file');
  return input;
}
