/**
 * The built web application (Vite's output in dist/web/): files by path with
 * their content type, hashed assets cached for good, and index.html for any
 * other path so client-side routes load. Without a build, a short page says
 * how to make one.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Vite names files under assets/ by content hash: they never change, so browsers may keep them. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsloom</title></head>
<body><h1>newsloom</h1>
<p>The API is running (see <a href="/api/openapi.json">/api/openapi.json</a>), but the web application has not been built.</p>
<p>Build it in the newsloom folder with <code>npm run build:web</code>, then reload this page.</p>
</body></html>
`;

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

function respond(c: Context, body: Buffer, path: string, cache: string): Response {
  const headers = { 'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': cache, 'Content-Length': String(body.length) };
  return c.req.method === 'HEAD' ? c.body(null, 200, headers) : c.body(new Uint8Array(body), 200, headers);
}

/** A handler for GET and HEAD of every non-API path. */
export function serveWebApp(webDir: string): (c: Context) => Promise<Response> {
  const root = resolve(webDir);
  return async (c) => {
    let requested: string;
    try {
      requested = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('bad path', 400);
    }
    // Resolved below the root or refused: "..", encoded or not, cannot climb out.
    const path = resolve(root, `.${normalize(`/${requested}`)}`);
    if (requested.includes('\0') || (path !== root && !path.startsWith(`${root}${sep}`))) return c.text('not found', 404);
    const file = path === root ? null : await fileAt(path);
    if (file) return respond(c, file, path, requested.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // A missing file with an extension is a missing file; any other path is a page of the app.
    if (extname(requested) !== '') return c.text('not found', 404);
    const index = await fileAt(join(root, 'index.html'));
    if (index) return respond(c, index, 'index.html', REVALIDATE);
    return c.html(MISSING_BUILD_PAGE, 200, { 'Cache-Control': REVALIDATE });
  };
}
