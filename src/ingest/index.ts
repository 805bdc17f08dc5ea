/**
 * Ingestion: turning files, folders, URLs, feeds, OPML lists and web archives into raw
 * documents. `planInputs` expands the arguments, `readUnit` reads each planned unit.
 */
export { planInputs, type InputPlan } from './plan-inputs.js';
export { readUnit } from './read-unit.js';
export { createHttpFetcher, type HttpFetcherOptions } from './fetch-url.js';
export { SUPPORTED_FILE_TYPES } from './detect-format.js';
export type { FetchedResource, Fetcher, IngestEvent, InputUnit, ReaderContext, ReaderLimits } from './types.js';
