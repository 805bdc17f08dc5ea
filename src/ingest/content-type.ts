/** Reading a Content-Type header (HTTP responses, WARC records). */

export interface ContentType {
  /** Lower-cased media type without parameters, e.g. "text/html"; null when absent or unparsable. */
  mediaType: string | null;
  /** Lower-cased charset parameter, quotes removed; null when absent. */
  charset: string | null;
}

/**
 * Splits a Content-Type header into media type and charset.
 * @example parseContentType('text/html; charset="UTF-8"') // { mediaType: 'text/html', charset: 'utf-8' }
 */
export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
    if (value) charset = value;
  }
  return { mediaType: mediaType.includes('/') ? mediaType : null, charset };
}

/** True for the media types of an HTML page. */
export function isHtmlMediaType(mediaType: string | null): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}
