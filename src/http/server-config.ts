/**
 * Settings of the HTTP server, validated in one place like the core ones
 * (`core/config.ts`): explicit options (`serve` flags), then NEWSLOOM_*
 * environment variables, then defaults.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadConfig, type Config } from '../core/config.js';
import { NewsloomError } from '../core/errors.js';

const MiB = 1024 * 1024;
/** Shortest write token accepted: anything shorter can be guessed. */
export const MIN_TOKEN_LENGTH = 16;

export const ServerSettingsSchema = z.object({
  /** Address to listen on: loopback unless the operator says otherwise. */
  host: z.string().min(1, { error: 'must be a host name or address' }),
  port: z.number({ error: 'must be a whole number from 0 to 65535' }).int({ error: 'must be a whole number from 0 to 65535' }).min(0, { error: 'must be a whole number from 0 to 65535' }).max(65_535, { error: 'must be a whole number from 0 to 65535' }),
  /** Bearer token every write request must carry; null refuses all writes. */
  token: z.string().min(MIN_TOKEN_LENGTH, { error: `must be at least ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 24)` }).nullable(),
  /** Largest request body accepted (uploads), in bytes. */
  maxUploadBytes: z.number({ error: 'must be a whole number of bytes' }).int({ error: 'must be a whole number of bytes' }).positive({ error: 'must be at least 1 byte' }),
  /** The built web application (Vite output); absent until built. */
  webDir: z.string().min(1),
});

export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/** Everything the HTTP app needs: the core settings (store, ingestion limits) and the server's. */
export type AppConfig = Config & ServerSettings;

/** dist/web beside src/ and dist/ (both sit at the same depth below the package root). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  host: '127.0.0.1',
  port: 8787,
  token: null,
  maxUploadBytes: 20 * MiB,
  webDir: DEFAULT_WEB_DIR,
};

const ENV_VARIABLES: Record<string, keyof ServerSettings> = {
  NEWSLOOM_HOST: 'host',
  NEWSLOOM_PORT: 'port',
  NEWSLOOM_TOKEN: 'token',
  NEWSLOOM_MAX_UPLOAD_BYTES: 'maxUploadBytes',
  NEWSLOOM_WEB_DIR: 'webDir',
};
const NUMERIC = new Set<keyof ServerSettings>(['port', 'maxUploadBytes']);

function fromEnvironment(env: NodeJS.ProcessEnv): Partial<Record<keyof ServerSettings, unknown>> {
  const values: Partial<Record<keyof ServerSettings, unknown>> = {};
  for (const [variable, key] of Object.entries(ENV_VARIABLES)) {
    const text = env[variable];
    if (text !== undefined && text !== '') values[key] = NUMERIC.has(key) ? Number(text) : text;
  }
  return values;
}

/** The server settings; a bad value is a BAD_CONFIG error naming the setting and its variable. */
export function loadServerSettings(options: Partial<ServerSettings> = {}, env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const result = ServerSettingsSchema.safeParse({ ...DEFAULT_SERVER_SETTINGS, ...fromEnvironment(env), ...defined });
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? 'setting');
    const variable = Object.entries(ENV_VARIABLES).find(([, k]) => k === key)?.[0];
    throw new NewsloomError('BAD_CONFIG', `invalid setting ${key}${variable ? ` (option or ${variable})` : ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Core and server settings together. */
export function loadAppConfig(core: Partial<Config> = {}, server: Partial<ServerSettings> = {}, env: NodeJS.ProcessEnv = process.env): AppConfig {
  return { ...loadConfig(core, env), ...loadServerSettings(server, env) };
}
