/** The User-Agent newsloom sends, so site operators can tell who is fetching and where to read about it. */
import { readFileSync } from 'node:fs';

let cached: string | null = null;

/**
 * `newsloom/<version> (+https://github.com/newsloom/newsloom)`, the version read from
 * package.json on first use (so it never goes stale; the relative path is the same from src/ and dist/).
 */
export function newsloomUserAgent(): string {
  cached ??= `newsloom/${packageVersion()} (+https://github.com/newsloom/newsloom)`;
  return cached;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
