/** Ingestion over HTTP: uploaded files and submitted URLs, read exactly as `newsloom ingest` reads them. */
import { ingestUploads } from '../../services/upload-service.js';
import { defineRoute } from '../define-route.js';
import { MAX_FILES, MAX_URLS, readIngestInput } from '../ingest-input.js';
import { z } from 'zod';

const urlList = { type: 'array', items: { type: 'string', format: 'uri' }, maxItems: MAX_URLS };

export const ingestRoute = defineRoute({
  method: 'post',
  path: '/ingest',
  tag: 'ingest',
  summary: 'Ingest files, pages and feeds',
  description:
    `Needs \`Authorization: Bearer <token>\` (the operator's \`--token\` or NEWSLOOM_TOKEN). Send files as multipart/form-data in the field \`file\` (up to ${MAX_FILES}) ` +
    `and/or URLs in the field \`url\`, or URLs as JSON \`{ "urls": [...] }\` (up to ${MAX_URLS}): text, HTML, JSON/JSONL records, RSS/Atom/RDF/JSON Feed, OPML, WARC, ` +
    'and .gz of each. Returns the ingestion summary `newsloom ingest --json` prints (new, unchanged, newVersions, failed, failures with the file and the reason, ids of the ' +
    'stored articles) and `ok` (true when nothing failed). Requests are processed one at a time.',
  query: z.strictObject({}),
  write: true,
  requestBody: {
    required: true,
    content: {
      'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: MAX_FILES }, url: urlList } } },
      'application/json': { schema: { type: 'object', required: ['urls'], additionalProperties: false, properties: { urls: { ...urlList, minItems: 1 } } } },
    },
  },
  responses: {
    200: 'the ingestion summary (inputs that could not be ingested are listed in failures)',
    400: 'nothing to ingest, or a field is malformed',
    401: 'the token is missing or wrong',
    403: 'writes are disabled: no token is configured',
    413: 'the body is over the upload limit',
    415: 'the body is neither multipart/form-data nor JSON',
  },
  async handle({ request, deps }) {
    const input = await readIngestInput(request);
    const summary = await deps.writes.run(() => ingestUploads(deps.store, input, { config: deps.config, fetcher: deps.fetcher }));
    return { ok: summary.failed === 0, ...summary };
  },
});
