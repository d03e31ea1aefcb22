import { join, relative, isAbsolute, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/url-policy';

const MAX_URL_PATH = 1024;

/**
 * Maps an app:// request URL to a file inside `rootDir` (the built renderer), or null when the URL
 * is not one of the bundle's files. Every segment is decoded exactly once and must then be a plain
 * file name: no `.`/`..`, no encoded slash or backslash, no NUL, no drive letter or colon, and no
 * `%` left over (a double-encoded `%252e` would otherwise become `..` in a second decoding).
 * `app://bundle/` serves index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  // The raw text is examined, not a parsed URL: URL parsing would quietly resolve `..` and `%2e%2e`
  // away, and a request that tries them is refused outright rather than served something else.
  const match = APP_URL.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] || '/';
  if (rawPath.length > MAX_URL_PATH || rawPath.includes('\\')) return null;
  if (rawPath === '/') return join(rootDir, 'index.html');

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === null || !isPlainFileName(segment)) return null;
    segments.push(segment);
  }

  const resolved = join(rootDir, ...segments);
  const inside = relative(rootDir, resolved);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return resolved;
}

/** app://bundle, then an optional path, then an optional query or fragment; no credentials, no port. */
const APP_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'is');

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function isPlainFileName(name: string): boolean {
  if (name === '' || name.startsWith('.')) return false;
  // eslint-disable-next-line no-control-regex
  return !/[/\\:%\u0000-\u001f\u007f]/.test(name);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a bundle file; unknown kinds are served as opaque bytes, never sniffed. */
export function mimeTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const ext = dot >= 0 ? filePath.slice(dot).toLowerCase() : '';
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}
