/**
 * Runtime settings, validated in one place. Sources, strongest first:
 * explicit options (CLI flags, API server options), then NEWSLOOM_* environment
 * variables, then defaults.
 */
import { z } from 'zod';
import { NewsloomError } from './errors.js';

const MiB = 1024 * 1024;

export const ConfigSchema = z.object({
  /** Where the store lives. */
  dataDir: z.string().min(1),
  /** Largest single document (file, page, record) accepted. */
  maxDocumentBytes: z.number().int().positive(),
  /** Largest container file (feed, JSONL, WARC) accepted; WARC files are streamed, so this may be large. */
  maxContainerBytes: z.number().int().positive(),
  fetchTimeoutMs: z.number().int().positive(),
  /** Whether feed items without full content may be completed by fetching their linked page. */
  fetchLinkedPages: z.boolean(),
  /** Documents per store transaction: bigger is faster, smaller loses less work to a crash. */
  batchSize: z.number().int().min(1).max(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = {
  dataDir: './newsloom-data',
  maxDocumentBytes: 64 * MiB,
  maxContainerBytes: 16 * 1024 * MiB,
  fetchTimeoutMs: 20_000,
  fetchLinkedPages: true,
  batchSize: 200,
};

const ENV_VARIABLES: Record<string, keyof Config> = {
  NEWSLOOM_DATA: 'dataDir',
  NEWSLOOM_MAX_DOCUMENT_BYTES: 'maxDocumentBytes',
  NEWSLOOM_MAX_CONTAINER_BYTES: 'maxContainerBytes',
  NEWSLOOM_FETCH_TIMEOUT_MS: 'fetchTimeoutMs',
  NEWSLOOM_FETCH_LINKED_PAGES: 'fetchLinkedPages',
  NEWSLOOM_BATCH_SIZE: 'batchSize',
};

function fromEnvironment(env: NodeJS.ProcessEnv): Partial<Record<keyof Config, unknown>> {
  const values: Partial<Record<keyof Config, unknown>> = {};
  for (const [variable, key] of Object.entries(ENV_VARIABLES)) {
    const text = env[variable];
    if (text === undefined || text === '') continue;
    const kind = typeof DEFAULT_CONFIG[key];
    values[key] = kind === 'number' ? Number(text) : kind === 'boolean' ? !/^(0|false|no|off)$/i.test(text) : text;
  }
  return values;
}

function variableFor(key: PropertyKey | undefined): string {
  const variable = Object.entries(ENV_VARIABLES).find(([, k]) => k === key)?.[0];
  return variable ? `${String(key)} (option or ${variable})` : String(key);
}

/** Builds the configuration; a bad value is a BAD_CONFIG error naming the setting. */
export function loadConfig(options: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const result = ConfigSchema.safeParse({ ...DEFAULT_CONFIG, ...fromEnvironment(env), ...defined });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new NewsloomError('BAD_CONFIG', `invalid setting ${variableFor(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
